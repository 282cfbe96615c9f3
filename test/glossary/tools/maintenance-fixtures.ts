import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGlossary } from '../../../glossary/parse.js';
import type { Glossary } from '../../../glossary/types.js';
import { repoRoot } from '../../helpers/run-cli.js';

export const FIXTURES = path.join(repoRoot, 'test/fixtures/glossary-maintenance');
export const SEED_GLOSSARY = path.join(repoRoot, 'seeds/glossary.yaml');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function seedGlossary(): Glossary {
  return parseGlossary(readFileSync(SEED_GLOSSARY, 'utf8'), 'seeds/glossary.yaml');
}

/** A glossary from inline entries. */
export function glossaryOf(terms: string): Glossary {
  return parseGlossary(`source_lang: de\ntarget_lang: en\nterms:\n${terms}`, 'g.yaml');
}

/** What `fn` throws (a test fails if it throws nothing). */
export function thrownBy(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, got none');
}
