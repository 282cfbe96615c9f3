import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import numbers from '../../pipeline/checks/numbers.js';
import { findMessages, testCheck, type CheckCases } from './check-tester.js';

const valid: CheckCases['valid'] = [
  ['Der Umsatz lag bei 1.000.000 Euro.', 'Sales were 1,000,000 euros.'],
  ['Der Umsatz lag bei 1.000.000 Euro.', 'Sales were 1.000.000 euros.'],
  ['Die Inflation stieg auf 3,5 Prozent.', 'Inflation rose to 3.5 percent.'],
  ['Die Inflation stieg auf 3,50 Prozent.', 'Inflation rose to 3.5 percent.'],
  ['Es kamen 2.500 Menschen.', '2,500 people came.'],
  ['Es kostete 1.234.567,89 Euro.', 'It cost 1,234,567.89 euros.'],
  ['Stand: 05.10.2023 12:07 Uhr', 'As of: 05.10.2023 12:07'],
  ['Stand: 05.10.2023 12:07 Uhr', 'As of: 5 October 2023, 12:07 pm'],
  ['Stand: 05.10.2023 12:07 Uhr', 'As of October 5, 2023 12:07'],
  ['Am 5.10.23 war es soweit.', 'It happened on 5th October 2023.'],
  ['Am 5. Oktober wurde gewählt.', 'The vote was on 5 October.'],
  ['Am 5. Oktober wurde gewählt.', 'The vote was on October 5th.'],
  ['Am 3. Okt. 2022 begann es.', 'It began on 2022-10-03.'],
  ['Das Treffen beginnt um 14.30 Uhr.', 'The meeting starts at 2.30 pm.'],
  ['Das Treffen beginnt um 14.30 Uhr.', 'The meeting starts at 14:30.'],
  ['Das Treffen beginnt um 12 Uhr.', 'The meeting starts at noon.'],
  ['Das Treffen beginnt um 12 Uhr.', "The meeting starts at 12 o'clock."],
  ['Die Vereinbarung stammt von 2018.', 'The agreement dates from 2018.'],
  ['In den 90er Jahren wuchs die Stadt.', 'In the 1990s the city grew.'],
  ['Er wurde am 1. Mai 1990 geboren.', 'He was born on May 1, 1990.'],
  ['Sie belegte den 3. Platz.', 'She came 3rd.'],
  ['Sie belegte den 3. Platz.', 'She took third place.'],
  ['Zwei Millionen Menschen kamen.', '2 million people came.'],
  ['Der G20-Gipfel beginnt.', 'The G20 summit begins.'],
  ['Es gab keine Zahlen.', 'There were no figures.'],
];

const invalid: CheckCases['invalid'] = [
  ['Die Vereinbarung stammt von 2018.', 'The agreement dates from 2019.', ['Number `2018` missing in target', 'Number `2019` in target not found in source']],
  ['Der Umsatz lag bei 1.000 Euro.', 'Sales were 1.000 euros.', ['Number `1.000` (1,000) missing in target', 'Number `1.000` in target not found in source']],
  ['Die Inflation stieg auf 3,5 Prozent.', 'Inflation rose to 35 percent.', ['Number `3,5` (3.5) missing in target', 'Number `35` in target not found in source']],
  ['Stand: 05.10.2023 12:07 Uhr', 'As of: 12:07', ['Date `05.10.2023` (5 October 2023) missing in target']],
  ['Stand: 05.10.2023 12:07 Uhr', 'As of: 10 May 2023, 12:07', ['Date `05.10.2023` (5 October 2023) missing in target', 'Date `10 May 2023` in target not found in source']],
  ['Stand: 05.10.2023 12:07 Uhr', 'As of: 05.10.2023 12:07 am', ['Time `12:07 Uhr` (12:07) missing in target', 'Time `12:07 am` in target not found in source']],
  ['Am 5. Oktober wurde gewählt.', 'The vote was in October.', ['Date `5. Oktober` (5 October) missing in target']],
  ['Das Treffen beginnt um 14.30 Uhr.', 'The meeting starts at 4.30 pm.', ['Time `14.30 Uhr` (14:30) missing in target', 'Time `4.30 pm` in target not found in source']],
  ['Es kamen 2.500 Menschen.', 'Many people came.', ['Number `2.500` (2,500) missing in target']],
  ['Es kamen viele Menschen.', 'In 2021, many people came.', ['Number `2021` in target not found in source']],
  ['Der chinesische Konkurrent hatte 2018 unterzeichnet.', 'The Chinese competitor had signed.', ['Number `2018` missing in target']],
];

testCheck(numbers, { valid, invalid });

/**
 * Each sentence of the example article with a faithful English rendering, as a reviewer would
 * accept it: none of them may get a `numbers` flag. The sentences are checked against the seed
 * file, so the table cannot drift from the article.
 */
const article = readFileSync(new URL('../../seeds/alibaba-liege-espionage.de.txt', import.meta.url), 'utf8');
const renderings: [string, string][] = [
  ['Geheimdienst überwacht Logistikzentrum Alibaba unter Spionageverdacht in Belgien Stand: 05.10.2023 12:07 Uhr',
    'Secret service monitors Alibaba logistics centre suspected of espionage in Belgium As of: 05.10.2023 12:07'],
  ['Geheimdienst überwacht Logistikzentrum Alibaba unter Spionageverdacht in Belgien Stand: 05.10.2023 12:07 Uhr',
    'Secret service monitors Alibaba logistics centre suspected of espionage in Belgium. Updated: 5 October 2023, 12:07 p.m.'],
  ['Stand: 05.10.2023 12:07 Uhr', 'As of October 5, 2023, 12:07'],
  ['Belgische Sicherheitsbehörden haben laut "Financial Times" das europäische Logistik-Drehkreuz des chinesischen Online-Händlers Alibaba ins Visier genommen.',
    'According to the "Financial Times", Belgian security authorities have targeted the European logistics hub of Chinese online retailer Alibaba.'],
  ['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage.'],
  ['Wie die "Financial Times" berichtet, geht es dabei um Alibabas Logistikzentrum am Frachtflughafen Lüttich - dem fünftgrößten in Europa.',
    "As the \"Financial Times\" reports, this concerns Alibaba's logistics centre at Liège cargo airport - the fifth largest in Europe."],
  ['In Lüttich befindet sich das einzige europäische Logistikzentrum der Logistik-Tochter Cainiao von Alibaba.',
    "Liège is home to the only European logistics centre of Alibaba's logistics subsidiary Cainiao."],
  ['Sie soll Logistikabläufe verbessern und ist Teil von Alibabas "elektronischer Welthandelsplattform" (EWTP).',
    'It is intended to improve logistics processes and is part of Alibaba\'s "electronic World Trade Platform" (EWTP).'],
  ['Chinesische Firmen sind gesetzlich verpflichtet, ihre Daten an Chinas Behörden und Sicherheitsdienste weiterzugeben.',
    "Chinese companies are required by law to pass on their data to China's authorities and security services."],
  ['"De-Risking" gegenüber China', '"De-risking" towards China'],
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'Alibaba denies any wrongdoing.'],
  ['Der chinesische Amazon-Konkurrent hatte 2018 eine Vereinbarung mit der belgischen Regierung über die Eröffnung eines E-Commerce-Handelszentrums der Logistiksparte Cainiao unterzeichnet.',
    "In 2018, the Chinese Amazon competitor signed an agreement with the Belgian government to open an e-commerce trade centre of its logistics division Cainiao."],
  ['Von Alibabas Millioneninvestition in die Region erhoffte sich die belgische Regierung eine wirtschaftliche Belebung der Region rund um den Frachtflughafen Lüttich.',
    "The Belgian government hoped that Alibaba's multi-million investment would revive the economy of the region around Liège cargo airport."],
  ['Nach dem Willen von EU-Kommissionspräsidentin Ursula von der Leyen sollen strategische Abhängigkeiten europaweit reduziert werden.',
    'EU Commission President Ursula von der Leyen wants strategic dependencies to be reduced across Europe.'],
  ['Der Justizminister des Landes, Vincent Van Quickenborne, sagte nun der Zeitung, die damaligen Verhandlungen mit Alibaba stammten aus einem früheren Jahrhundert.',
    "The country's justice minister, Vincent Van Quickenborne, has now told the newspaper that the negotiations with Alibaba at the time came from an earlier century."],
  ['Die "Zeiten der Naivität" hätten sich geändert.', 'The "times of naivety" had changed.'],
];

describe('numbers on the example article', () => {
  it.each(renderings)('finds nothing wrong in %j', (source, target) => {
    expect(article).toContain(source);
    expect(findMessages(numbers, [[source, target]])).toEqual([]);
  });
});
