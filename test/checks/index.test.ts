import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS, assertCheckIds, isCheckId, parseCheckSelection, selectChecks } from '../../pipeline/checks/index.js';
import { UsageError } from '../../pipeline/core/errors.js';

const EXPECTED = 'expected empty, untranslated, numbers, terms, dnt, urls-emails, repetition, doublewords, length, punctuation';

describe('check registry', () => {
  it('registers every check file under its own id', () => {
    const files = readdirSync(new URL('../../pipeline/checks/', import.meta.url))
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'check.ts', 'run-check.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...CHECK_IDS].sort()).toEqual(files.sort());
    for (const [id, check] of Object.entries(CHECKS)) expect(check.id).toBe(id);
  });

  it('tells check ids from other strings', () => {
    expect(isCheckId('numbers')).toBe(true);
    expect(isCheckId('urls-emails')).toBe(true);
    expect(isCheckId('toString')).toBe(false);
    expect(isCheckId('term-repaired')).toBe(false);
  });

  it('knows the folder checks by id, though a document\'s QA does not run them', () => {
    expect(isCheckId('inconsistent-target')).toBe(true);
    expect(() => assertCheckIds(['inconsistent-source'], 'qa.severity')).not.toThrow();
    expect(selectChecks(['numbers', 'inconsistent-target']).map((c) => c.id)).toEqual(['numbers']);
    expect(() => selectChecks(['inconsistent'])).toThrow(/; expected empty, .*, memory-adapted, inconsistent-target, inconsistent-source$/);
  });

  it('selects all, none, or the named checks in registry order, each once', () => {
    expect(selectChecks('all').map((c) => c.id)).toEqual(CHECK_IDS);
    expect(selectChecks('none')).toEqual([]);
    expect(selectChecks(['punctuation', 'numbers', 'punctuation']).map((c) => c.id)).toEqual(['numbers', 'punctuation']);
  });

  it.each([
    [['numbrs'], `--qa: unknown check "numbrs"; ${EXPECTED}`],
    [['numbers', 'spelling', 'grammar', 'spelling'], `--qa: unknown checks "spelling", "grammar"; ${EXPECTED}`],
    [['all'], `--qa: unknown check "all"; ${EXPECTED}`],
  ])('names unknown ids %j and lists the valid ones', (ids, message) => {
    expect(() => selectChecks(ids)).toThrow(UsageError);
    expect(() => selectChecks(ids)).toThrow(message);
  });

  it('names the option it checks', () => {
    expect(() => assertCheckIds(['fatal'], 'qa.severity')).toThrow(`qa.severity: unknown check "fatal"; ${EXPECTED}`);
  });

  it.each([
    ['all', 'all'],
    ['none', 'none'],
    [' all ', 'all'],
    ['numbers', ['numbers']],
    ['numbers, terms,,dnt ', ['numbers', 'terms', 'dnt']],
  ])('parses --qa %j', (value, expected) => {
    expect(parseCheckSelection(value)).toEqual(expected);
  });

  it('rejects an empty --qa', () => {
    expect(() => parseCheckSelection(' , ')).toThrow('--qa must be all, none or check ids separated by commas, got " , "');
  });
});
