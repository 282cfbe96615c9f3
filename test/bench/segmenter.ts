/**
 * Segmenter report: accuracy of Lektor's segmenter and of ICU's `Intl.Segmenter('de')` on the
 * shared case tables, Lektor's throughput on ~10 MB of news text, and a linearity check.
 * Run: `npx tsx test/bench/segmenter.ts`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { CASE_GROUPS } from '../segmenter/cases/index.js';

type Split = (text: string) => string[];

const lektor: Split = (text) => segmentText(text).flatMap((p) => p.segments.map((s) => s.source));

const icu = new Intl.Segmenter('de', { granularity: 'sentence' });
/** ICU keeps the spaces after a sentence in the segment; trimmed, it gets the same chance as Lektor. */
const intl: Split = (text) => [...icu.segment(text)].map((s) => s.segment.trim()).filter(Boolean);

function correct(split: Split, cases: readonly { text: string; segments: readonly string[] }[]): number {
  return cases.filter((c) => JSON.stringify(split(c.text)) === JSON.stringify(c.segments)).length;
}

const MB = 1e6;

/** Best of three timings, in seconds, after one warm-up run. */
function seconds(fn: () => unknown): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

/** The report as text, one table. */
export function segmenterReport(): string {
  const rows: string[][] = [['rule', 'cases', 'Lektor', 'Intl.Segmenter']];
  let total = 0;
  let lektorTotal = 0;
  let intlTotal = 0;
  for (const group of CASE_GROUPS) {
    const ok = correct(lektor, group.cases);
    const icuOk = correct(intl, group.cases);
    rows.push([group.rule, String(group.cases.length), String(ok), String(icuOk)]);
    total += group.cases.length;
    lektorTotal += ok;
    intlTotal += icuOk;
  }
  rows.push(['accuracy', String(total), percent(lektorTotal, total), percent(intlTotal, total)]);

  const seed = readFileSync(new URL('../../seeds/alibaba-liege-espionage.de.txt', import.meta.url), 'utf8');
  const news = repeatTo(`${seed.trim()}\n\n`, 10 * MB);
  const newsBytes = Buffer.byteLength(news);
  const lektorSpeed = newsBytes / MB / seconds(() => segmentText(news));
  // No figure for ICU: V8 copies the whole input into every segment object, which exhausts memory on 10 MB.
  rows.push([`throughput (${(newsBytes / MB).toFixed(1)} MB of the example article)`, '', `${lektorSpeed.toFixed(1)} MB/s`, '']);

  const small = repeatTo('wort ', 1 * MB);
  const large = repeatTo('wort ', 10 * MB);
  const smallTime = seconds(() => segmentText(small));
  const largeTime = seconds(() => segmentText(large));
  rows.push(['paragraph without punctuation: 1 MB', '', `${(smallTime * 1000).toFixed(1)} ms`, '']);
  rows.push(['paragraph without punctuation: 10 MB', '', `${(largeTime * 1000).toFixed(1)} ms (×${(largeTime / smallTime).toFixed(1)})`, '']);

  return table(rows);
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(segmenterReport());
}
