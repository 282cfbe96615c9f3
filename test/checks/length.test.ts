import { describe, expect, it } from 'vitest';
import length, { lengthBounds } from '../../pipeline/checks/length.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { makeDoc } from '../helpers/make-doc.js';
import { findMessages } from './check-tester.js';

/** Sentences of the example article and faithful renderings: a batch that is all right. */
const BATCH: [string, string][] = [
  ['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage.'],
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'Alibaba denies any wrongdoing.'],
  ['Verdächtige Software', 'Suspicious software'],
  ['Die "Zeiten der Naivität" hätten sich geändert.', 'The "times of naivety" had changed.'],
  ['In Lüttich befindet sich das einzige europäische Logistikzentrum der Logistik-Tochter Cainiao von Alibaba.',
    "Liège is home to the only European logistics centre of Alibaba's logistics subsidiary Cainiao."],
  ['Chinesische Firmen sind gesetzlich verpflichtet, ihre Daten an Chinas Behörden und Sicherheitsdienste weiterzugeben.',
    "Chinese companies are required by law to pass on their data to China's authorities and security services."],
  ['Doch in Europa werden chinesische Investitionen zunehmend kritisch gesehen.', 'But in Europe, Chinese investments are increasingly viewed critically.'],
  ['Vorbehalte schon vor dem Bau', 'Reservations even before construction'],
  ['Der Geheimdienst bestätigte, er arbeite daran, "mögliche Spionage- oder Einmischungsaktivitäten" durch chinesische Unternehmen wie Alibaba aufzudecken, so die Zeitung.',
    'The secret service confirmed that it was working to uncover "possible espionage or interference activities" by Chinese companies such as Alibaba, the newspaper said.'],
  ['Auch in Belgien trat Gesetz zur Überprüfung ausländischer Investitionen in kritische Infrastrukturen in Kraft.',
    'In Belgium, too, a law on the screening of foreign investment in critical infrastructure came into force.'],
];

const LONG = BATCH[8]?.[0] ?? '';

const valid: [string, [string, string][]][] = [
  ['the batch itself', []],
  ['a somewhat wordier rendering', [['Der Verdacht: Spionage.', 'The suspicion is one of espionage.']]],
  ['a short answer', [['Ja.', 'Yes.']]],
  ['a short source with a longer but sane target', [['Nein!', 'Certainly not!']]],
  ['a headline', [['Belgischer Geheimdienst überwacht Alibaba-Drehkreuz in Lüttich', 'Belgian intelligence monitors Alibaba hub in Liège']]],
  ['a long sentence rendered in full', [[LONG, 'The intelligence service confirmed it was working to expose "possible espionage or interference activities" by Chinese firms such as Alibaba, according to the paper.']]],
];

const invalid: [string, [string, string][], string[]][] = [
  ['a truncated long sentence', [[LONG, 'The secret service confirmed.']], ['Target has 29 characters for a 167-character source; expected 98–246']],
  ['a hallucination after a short source', [['Ja.', 'Yes, yes, we will come to Liège tomorrow and meet the minister there, he said.']],
    ['Target has 78 characters for a 3-character source; expected 0–13']],
  ['a loop', [['Nein.', 'No, no, no, no, no, no, no, no, no, no, no, no, no, no, no.']], ['Target has 59 characters for a 5-character source; expected 0–16']],
  ['half a sentence', [['Die belgische Regierung erhoffte sich eine wirtschaftliche Belebung der Region rund um den Flughafen.', 'The Belgian government hoped.']],
    ['Target has 29 characters for a 101-character source; expected 56–152']],
  ['two outliers at once', [['Ja.', 'Yes, yes, we will come to Liège tomorrow and meet the minister there, he said.'], [LONG, 'The secret service confirmed.']],
    ['Target has 78 characters for a 3-character source; expected 0–13', 'Target has 29 characters for a 167-character source; expected 99–248']],
];

describe('length', () => {
  it.each(valid)('accepts %s', (_name, extra) => {
    expect(findMessages(length, [...BATCH, ...extra])).toEqual([]);
  });

  it.each(invalid)('flags %s', (_name, extra, messages) => {
    expect(findMessages(length, [...BATCH, ...extra])).toEqual(messages);
  });

  it('falls back to fixed bounds for a batch too small to learn from', () => {
    expect(findMessages(length, [['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage.']])).toEqual([]);
    expect(findMessages(length, [['Der Verdacht: Mögliche Spionage.', 'Possibly.']])).toEqual([
      'Target has 9 characters for a 32-character source; expected 11–50',
    ]);
  });

  it('learns a range from the batch, never narrower than ×/÷ 1.5 nor wider than ÷3 to ×3', () => {
    const segments = (pairs: [string, string][]) => segmentsOf(makeDoc(pairs.map(([source, target]) => ({ segments: [{ source, target }] }))));
    const bounds = lengthBounds(segments(BATCH));
    expect(bounds.low).toBeGreaterThan(1 / 3);
    expect(bounds.high).toBeLessThan(3);
    expect(bounds.high / bounds.low).toBeGreaterThanOrEqual(2.25 - 1e-9);
    const wild = lengthBounds(segments(BATCH.map(([s, t], i) => [s, i % 2 ? t.repeat(4) : t.slice(0, 5)])));
    expect(wild).toEqual({ low: 1 / 3, high: 3 });
  });
});
