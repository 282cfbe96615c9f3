import type { CaseGroup } from './case.js';

export const numbersAndTimes: CaseGroup = {
  rule: 'numbers and times',
  cases: [
    { text: 'Die Inflation lag bei 3,5 Prozent. Im Vorjahr waren es 7,9 Prozent.', segments: ['Die Inflation lag bei 3,5 Prozent.', 'Im Vorjahr waren es 7,9 Prozent.'] },
    { text: 'Das Land hat 1.234.567 Einwohner. Die Hauptstadt wächst.', segments: ['Das Land hat 1.234.567 Einwohner.', 'Die Hauptstadt wächst.'] },
    { text: 'In der Nacht fiel die Temperatur auf -3,5 °C. Die Straßen waren glatt.', segments: ['In der Nacht fiel die Temperatur auf -3,5 °C.', 'Die Straßen waren glatt.'] },
    { text: 'Der Zug fährt um 12.30 Uhr ab. Er hat Verspätung.', segments: ['Der Zug fährt um 12.30 Uhr ab.', 'Er hat Verspätung.'] },
    { text: 'Die Sitzung begann um 12:07 Uhr. Sie dauerte drei Stunden.', segments: ['Die Sitzung begann um 12:07 Uhr.', 'Sie dauerte drei Stunden.'] },
    { text: 'Die Aktie verlor 2,3 %. Analysten hatten mehr erwartet.', segments: ['Die Aktie verlor 2,3 %.', 'Analysten hatten mehr erwartet.'] },
    { text: 'Der Gewinn stieg auf 1,2 Mio. Euro. Das ist ein Rekord.', segments: ['Der Gewinn stieg auf 1,2 Mio. Euro.', 'Das ist ein Rekord.'] },
    { text: 'Der Index lag bei 1.234,56 Punkten. Am Vortag waren es 1.200 Punkte.', segments: ['Der Index lag bei 1.234,56 Punkten.', 'Am Vortag waren es 1.200 Punkte.'] },
    { text: 'Die Ausgaben betrugen zuletzt 4.500 Euro. 2024 sollen sie sinken.', segments: ['Die Ausgaben betrugen zuletzt 4.500 Euro.', '2024 sollen sie sinken.'] },
    { text: 'Das Paket wiegt 2,5 kg. Der Versand kostet 4,99 Euro.', segments: ['Das Paket wiegt 2,5 kg.', 'Der Versand kostet 4,99 Euro.'] },
    { text: 'Der Umsatz wuchs auf 3,1 Mrd. Dollar. Die Aktie stieg.', segments: ['Der Umsatz wuchs auf 3,1 Mrd. Dollar.', 'Die Aktie stieg.'] },
    { text: 'Der Kurs fiel um 0,5 Prozent auf 15.000 Punkte. Händler blieben gelassen.', segments: ['Der Kurs fiel um 0,5 Prozent auf 15.000 Punkte.', 'Händler blieben gelassen.'] },
  ],
};
