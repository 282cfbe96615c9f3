import type { CaseGroup } from './case.js';

export const emoji: CaseGroup = {
  rule: 'emoji and emoticons',
  cases: [
    { text: 'Großartige Leistung der Feuerwehr! 👏 Danke für euren Einsatz.', segments: ['Großartige Leistung der Feuerwehr! 👏', 'Danke für euren Einsatz.'] },
    { text: 'Wir haben es geschafft! 🎉🎉 Morgen geht es weiter.', segments: ['Wir haben es geschafft! 🎉🎉', 'Morgen geht es weiter.'] },
    { text: 'Das Konzert ist ausverkauft. 😢 Zusatztermine gibt es nicht.', segments: ['Das Konzert ist ausverkauft. 😢', 'Zusatztermine gibt es nicht.'] },
    { text: 'Wer hat das genehmigt? 🤔 Die Stadt schweigt.', segments: ['Wer hat das genehmigt? 🤔', 'Die Stadt schweigt.'] },
    { text: 'Deutschland ist Europameister! 🇩🇪 Die Fans feiern in Berlin.', segments: ['Deutschland ist Europameister! 🇩🇪', 'Die Fans feiern in Berlin.'] },
    { text: 'Das ist mal eine Nachricht! 👍🏽 Weiter so.', segments: ['Das ist mal eine Nachricht! 👍🏽', 'Weiter so.'] },
    { text: 'Danke an alle Helfer! :-) Bis zum nächsten Jahr.', segments: ['Danke an alle Helfer! :-)', 'Bis zum nächsten Jahr.'] },
    { text: 'Die Fähre fällt wieder aus. ;) Wer hätte das gedacht?', segments: ['Die Fähre fällt wieder aus. ;)', 'Wer hätte das gedacht?'] },
    { text: 'Tolles Wetter heute ☀️ Ab ins Freibad!', segments: ['Tolles Wetter heute ☀️ Ab ins Freibad!'] },
  ],
};
