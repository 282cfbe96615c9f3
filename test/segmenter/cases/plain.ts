import type { CaseGroup } from './case.js';

export const plain: CaseGroup = {
  rule: 'plain sentences and empty input',
  cases: [
    { text: 'Alibaba bestreitet jegliches Fehlverhalten. Der Konzern kooperiert.', segments: ['Alibaba bestreitet jegliches Fehlverhalten.', 'Der Konzern kooperiert.'] },
    { text: 'Die Regierung schweigt.', segments: ['Die Regierung schweigt.'] },
    { text: 'Der Hafen ist in Lüttich; er beschäftigt 900 Menschen. Weitere Standorte sind geplant.', segments: ['Der Hafen ist in Lüttich; er beschäftigt 900 Menschen.', 'Weitere Standorte sind geplant.'] },
    { text: 'Die Lage: unklar. Die Folgen: offen.', segments: ['Die Lage: unklar.', 'Die Folgen: offen.'] },
    { text: 'Doch in Europa werden chinesische Investitionen zunehmend kritisch gesehen. Die EU will Abhängigkeiten reduzieren.', segments: ['Doch in Europa werden chinesische Investitionen zunehmend kritisch gesehen.', 'Die EU will Abhängigkeiten reduzieren.'] },
    { text: '', segments: [] },
    { text: '  \n\n\t \n', segments: [] },
  ],
};
