import type { CaseGroup } from './case.js';

export const missingSpace: CaseGroup = {
  rule: 'missing space after the period',
  cases: [
    { text: 'Der Ausschuss vertagte die Sitzung.Anschließend gab es Kritik.', segments: ['Der Ausschuss vertagte die Sitzung.', 'Anschließend gab es Kritik.'] },
    { text: 'Die Polizei ermittelt.Die Hintergründe sind unklar.', segments: ['Die Polizei ermittelt.', 'Die Hintergründe sind unklar.'] },
    { text: 'Warum jetzt?Weil die Frist abläuft.', segments: ['Warum jetzt?', 'Weil die Frist abläuft.'] },
    { text: 'Das Treffen war kurz.Es ging um Geld.Am Ende gab es keine Einigung.', segments: ['Das Treffen war kurz.', 'Es ging um Geld.', 'Am Ende gab es keine Einigung.'] },
    { text: 'Die Abkürzung z.B. steht für zum Beispiel.', segments: ['Die Abkürzung z.B. steht für zum Beispiel.'] },
    { text: 'Die Zahl 3.5 ist ein Dezimalbruch in englischer Schreibweise.', segments: ['Die Zahl 3.5 ist ein Dezimalbruch in englischer Schreibweise.'] },
  ],
};
