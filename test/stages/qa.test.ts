import { describe, expect, it } from 'vitest';
import { segmentsOf, type Flag, type LektorDoc } from '../../pipeline/core/doc.js';
import { UsageError } from '../../pipeline/core/errors.js';
import type { RunContext } from '../../pipeline/stages/stage.js';
import qa, { compareFlags, formatQaSummary, mergeQaSummaries, summariseQa } from '../../pipeline/stages/qa.js';
import { makeDoc } from '../helpers/make-doc.js';

const ctx: RunContext = { now: new Date('2023-10-05T12:07:00Z') };
const REPAIRED: Flag = { check: 'term-repaired', severity: 'info', message: 'Term `Lüttich`: replaced `Lüttich` with `Liège`' };

/** An article as the translate stage leaves it: one loop, one lost number, one lost `?`, one empty. */
function translated(): LektorDoc {
  return makeDoc([
    { kind: 'heading', segments: [{ source: 'Stand: 05.10.2023 12:07 Uhr', target: 'As of: 5 October 2023, 12:07', origin: 'model' }] },
    {
      segments: [
        { source: 'Der Verdacht: Mögliche Spionage.', target: 'The suspicion: possible espionage.', origin: 'model' },
        { source: 'Nein.', target: 'No, no, no, no, no, no, no, no, no, no, no, no.', origin: 'model' },
        { source: 'Wer steckt 2018 dahinter?', target: 'Who is behind it.', origin: 'model', flags: [REPAIRED] },
        { source: '–', target: '–', origin: 'copy', translatable: false },
        { source: 'Alibaba bestreitet jegliches Fehlverhalten.', target: '', origin: 'model' },
      ],
    },
  ]);
}

const flagsOf = (doc: LektorDoc) => Object.fromEntries(segmentsOf(doc).map((s) => [s.id, s.flags]));

describe('qa stage', () => {
  it('flags each translated segment, errors first, then by check and message', async () => {
    const doc = await qa()(translated(), ctx);
    expect(flagsOf(doc)).toEqual({
      s0001: undefined,
      s0002: undefined,
      s0003: [
        { check: 'repetition', severity: 'error', message: 'Loop in target: `No` repeated 12 times in a row; the source repeats nothing like it' },
        { check: 'length', severity: 'warning', message: 'Target has 47 characters for a 5-character source; expected 0–14' },
      ],
      s0004: [
        { check: 'numbers', severity: 'error', message: 'Number `2018` missing in target' },
        { check: 'punctuation', severity: 'warning', message: 'Source ends with `?` but target ends with `.`' },
        REPAIRED,
      ],
      s0005: undefined,
      s0006: [{ check: 'empty', severity: 'error', message: 'Empty target for a source of 43 characters' }],
    });
  });

  it('runs only the listed checks', async () => {
    const doc = await qa({ checks: ['numbers', 'empty'] })(translated(), ctx);
    const checks = segmentsOf(doc).flatMap((s) => s.flags ?? []).map((f) => f.check);
    expect(checks).toEqual(['numbers', 'term-repaired', 'empty']);
  });

  it('runs nothing with `none`, keeping other stages’ flags', async () => {
    const input = translated();
    expect(await qa({ checks: 'none' })(input, ctx)).toEqual(input);
  });

  it('applies severity overrides', async () => {
    const doc = await qa({ checks: ['numbers', 'punctuation'], severity: { numbers: 'info', punctuation: 'error' } })(translated(), ctx);
    expect(segmentsOf(doc)[3]?.flags?.map((f) => `${f.severity} ${f.check}`)).toEqual(['error punctuation', 'info numbers', 'info term-repaired']);
  });

  it.each([
    [{ checks: ['numbers', 'spellcheck'] }, '--qa: unknown check "spellcheck"; expected empty, untranslated, numbers, terms, dnt, urls-emails, repetition, doublewords, length, punctuation'],
    [{ severity: { grammar: 'error' as const } }, 'qa.severity: unknown check "grammar"; expected empty, untranslated, numbers, terms, dnt, urls-emails, repetition, doublewords, length, punctuation'],
    [{ severity: { numbers: 'fatal' as 'error' } }, 'qa.severity.numbers must be one of error, warning, info, got "fatal"'],
  ])('rejects bad options %j when the stage is built', (options, message) => {
    expect(() => qa(options)).toThrow(UsageError);
    expect(() => qa(options)).toThrow(message);
  });

  it('replaces its own earlier flags, so a second run changes nothing', async () => {
    const once = await qa()(translated(), ctx);
    const twice = await qa()(once, ctx);
    expect(twice).toEqual(once);
    const fewer = await qa({ checks: ['empty'] })(once, ctx);
    expect(segmentsOf(fewer)[2]?.flags).toBeUndefined();
    expect(segmentsOf(fewer)[3]?.flags).toEqual([REPAIRED]);
  });

  it('gives the same bytes for the same input', async () => {
    const a = JSON.stringify(await qa()(translated(), ctx));
    const b = JSON.stringify(await qa()(translated(), ctx));
    expect(a).toBe(b);
  });

  it('sorts flags by severity, check id and message', () => {
    const flags: Flag[] = [
      { check: 'numbers', severity: 'warning', message: 'b' },
      { check: 'empty', severity: 'info', message: 'a' },
      { check: 'numbers', severity: 'warning', message: 'a' },
      { check: 'terms', severity: 'error', message: 'z' },
      { check: 'dnt', severity: 'warning', message: 'z' },
    ];
    expect([...flags].sort(compareFlags).map((f) => `${f.severity} ${f.check} ${f.message}`)).toEqual([
      'error terms z',
      'warning dnt z',
      'warning numbers a',
      'warning numbers b',
      'info empty a',
    ]);
  });
});

describe('summariseQa', () => {
  it('counts flags per check and severity over a batch of documents', async () => {
    const stage = qa();
    const docs = [await stage(translated(), ctx), await stage(makeDoc([['Ja.']]), ctx)];
    const summary = summariseQa(docs);
    expect(summary).toEqual({
      segments: 6,
      flaggedSegments: 3,
      flags: 6,
      bySeverity: { error: 3, warning: 2, info: 1 },
      byCheck: { empty: 1, length: 1, numbers: 1, punctuation: 1, repetition: 1, 'term-repaired': 1 },
    });
    expect(formatQaSummary(summary)).toBe(
      'QA: 6 flags in 3 of 6 segments (3 errors, 2 warnings, 1 info): empty 1, length 1, numbers 1, punctuation 1, repetition 1, term-repaired 1',
    );
  });

  it('adds up per-article summaries to the batch summary', async () => {
    const stage = qa();
    const docs = [await stage(translated(), ctx), await stage(makeDoc([['Ja.'], ['Wer?']]), ctx), await stage(translated(), ctx)];
    expect(mergeQaSummaries(docs.map((doc) => summariseQa([doc])))).toEqual(summariseQa(docs));
    expect(summariseQa(docs).byCheck).toEqual({ empty: 2, length: 2, numbers: 2, punctuation: 2, repetition: 2, 'term-repaired': 2 });
  });

  it('says so when nothing was flagged', () => {
    const summary = summariseQa([makeDoc([['Ja.']])]);
    expect(summary).toEqual({ segments: 1, flaggedSegments: 0, flags: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byCheck: {} });
    expect(formatQaSummary(summary)).toBe('QA: no flags in 1 segment');
    expect(formatQaSummary(summariseQa([]))).toBe('QA: no flags in 0 segments');
  });
});
