import type { CaseGroup } from './case.js';

export const footnotes: CaseGroup = {
  rule: 'reference and footnote markers',
  cases: [
    { text: 'Die Burg wurde um 1150 errichtet.[2] Im Dreißigjährigen Krieg brannte sie ab.[3]', segments: ['Die Burg wurde um 1150 errichtet.[2]', 'Im Dreißigjährigen Krieg brannte sie ab.[3]'] },
    { text: 'Der Fluss ist 412 Kilometer lang.[1][4] Er mündet in die Elbe.', segments: ['Der Fluss ist 412 Kilometer lang.[1][4]', 'Er mündet in die Elbe.'] },
    { text: 'Die Gemeinde hatte Ende 2022 rund 4.300 Einwohner.[Anm. 2] Seitdem wächst sie.', segments: ['Die Gemeinde hatte Ende 2022 rund 4.300 Einwohner.[Anm. 2]', 'Seitdem wächst sie.'] },
    { text: 'Das Gericht wies die Klage ab.¹ Die Kläger gingen in Berufung.² Das Verfahren läuft noch.', segments: ['Das Gericht wies die Klage ab.¹', 'Die Kläger gingen in Berufung.²', 'Das Verfahren läuft noch.'] },
    { text: 'Der Begriff wurde 1952 geprägt.[a] Heute ist er umstritten.', segments: ['Der Begriff wurde 1952 geprägt.[a]', 'Heute ist er umstritten.'] },
    { text: '„Wir haben keine Wahl“, schrieb der Bürgermeister.[7] Der Rat folgte ihm.', segments: ['„Wir haben keine Wahl“, schrieb der Bürgermeister.[7]', 'Der Rat folgte ihm.'] },
    { text: 'War es Brandstiftung?[5] Die Ermittler gehen davon aus.', segments: ['War es Brandstiftung?[5]', 'Die Ermittler gehen davon aus.'] },
    { text: 'Die Kirche stammt aus dem 12. Jh.[3] Sie wurde mehrfach umgebaut.', segments: ['Die Kirche stammt aus dem 12. Jh.[3]', 'Sie wurde mehrfach umgebaut.'] },
    { text: 'Ludwig XIV.[2] ließ Versailles ausbauen. Der Hof zog 1682 dorthin.', segments: ['Ludwig XIV.[2] ließ Versailles ausbauen.', 'Der Hof zog 1682 dorthin.'] },
  ],
};
