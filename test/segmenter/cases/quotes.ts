import type { CaseGroup } from './case.js';

export const quotes: CaseGroup = {
  rule: 'quotes',
  cases: [
    { text: '„Wir haben nichts zu verbergen“, sagte ein Sprecher. Die Vorwürfe seien haltlos.', segments: ['„Wir haben nichts zu verbergen“, sagte ein Sprecher.', 'Die Vorwürfe seien haltlos.'] },
    { text: '„Wir haben nichts zu verbergen.“ Das sagte ein Sprecher am Montag.', segments: ['„Wir haben nichts zu verbergen.“', 'Das sagte ein Sprecher am Montag.'] },
    { text: '»Die Lage ist ernst«, warnte die Ministerin. Sie kündigte Maßnahmen an.', segments: ['»Die Lage ist ernst«, warnte die Ministerin.', 'Sie kündigte Maßnahmen an.'] },
    { text: '"Das ist ein Skandal", sagte der Abgeordnete. Er fordert Aufklärung.', segments: ['"Das ist ein Skandal", sagte der Abgeordnete.', 'Er fordert Aufklärung.'] },
    { text: 'Er sagte: „Wir kommen wieder.“ Dann verließ er den Saal.', segments: ['Er sagte: „Wir kommen wieder.“', 'Dann verließ er den Saal.'] },
    { text: '„Warum jetzt?“, fragte die Opposition. Die Regierung schwieg.', segments: ['„Warum jetzt?“, fragte die Opposition.', 'Die Regierung schwieg.'] },
    { text: '„Das geht so nicht!“ rief ein Zuschauer. Der Saal wurde geräumt.', segments: ['„Das geht so nicht!“ rief ein Zuschauer.', 'Der Saal wurde geräumt.'] },
    { text: 'Die Zeitung spricht von „Spionage“. Das Unternehmen bestreitet das.', segments: ['Die Zeitung spricht von „Spionage“.', 'Das Unternehmen bestreitet das.'] },
    { text: '"Wir prüfen alles." Mehr wollte der Sprecher nicht sagen.', segments: ['"Wir prüfen alles."', 'Mehr wollte der Sprecher nicht sagen.'] },
    { text: '»Wir sind bereit.« Mit diesen Worten eröffnete er die Sitzung.', segments: ['»Wir sind bereit.«', 'Mit diesen Worten eröffnete er die Sitzung.'] },
    { text: 'Laut „FT“ prüft die Behörde seit Monaten. „Wir kooperieren“, hieß es aus Hangzhou.', segments: ['Laut „FT“ prüft die Behörde seit Monaten.', '„Wir kooperieren“, hieß es aus Hangzhou.'] },
    { text: 'Er nannte das Vorgehen ‚naiv‘. Die Kritik hält an.', segments: ['Er nannte das Vorgehen ‚naiv‘.', 'Die Kritik hält an.'] },
    { text: '„Die Zeiten der Naivität sind vorbei. Wir handeln jetzt“, sagte der Minister.', segments: ['„Die Zeiten der Naivität sind vorbei.', 'Wir handeln jetzt“, sagte der Minister.'] },
  ],
};
