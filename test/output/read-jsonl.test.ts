import { describe, expect, it } from 'vitest';
import render from '../../output/jsonl.js';
import { readJsonl } from '../../output/read-jsonl.js';
import { RENDER_OPTIONS } from './review-doc.js';
import { reviewedDoc, unitsOf, withoutLines } from './reviewed-units.js';

const FILE = 'review-doc.jsonl';
const written = () => render(reviewedDoc(), RENDER_OPTIONS);

/** What a script does: parse each record, change it, write it back (here with keys reordered by the spread). */
function scripted(jsonl: string, change: (record: Record<string, unknown>) => Record<string, unknown>): string {
  return jsonl
    .trimEnd()
    .split('\n')
    .map((line) => JSON.stringify(change(JSON.parse(line) as Record<string, unknown>)))
    .join('\n');
}

describe('readJsonl', () => {
  it("reads back every record by id, with the article from its article field; a person's English (origin review) is approved", () => {
    expect(withoutLines(readJsonl(written(), FILE))).toEqual({ article: 'review-doc', units: unitsOf(reviewedDoc()) });
  });

  it('after a script: a changed target, an approval by origin, fields dropped, blank lines; units keep their line numbers', () => {
    const jsonl = scripted(written(), (r) => {
      const { terms: _terms, flags: _flags, ...kept } = r;
      if (r.id === 's0003') return { ...kept, target: 'The suspicion: possible spying at Alibaba.' };
      if (r.id === 's0004') return { ...kept, origin: 'review' };
      return kept;
    }).replace('\n', '\n\n');
    const units = readJsonl(jsonl, FILE).units;
    expect(units.find((u) => u.segment === 's0003')).toMatchObject({ target: 'The suspicion: possible spying at Alibaba.', approved: false, line: 4 });
    expect(units.filter((u) => u.approved).map((u) => u.segment)).toEqual(['s0001', 's0004']);
    expect(units.find((u) => u.segment === 's0006')).toMatchObject({ target: '', line: 7 });
  });

  it.each([
    ['a line that is not JSON', (x: string) => x.replace('"id":"s0002"', '"id":s0002'), /^review-doc\.jsonl:2: not a JSON record \(Unexpected token/],
    ['a record without source', (x: string) => x.replace('"source":"12:07",', ''), /^review-doc\.jsonl:2: not a Lektor segment record: it needs article, id, source and target$/],
    ['a record of another article', (x: string) => x.replace('{"article":"review-doc","paragraph":"p0004"', '{"article":"other","paragraph":"p0004"'), /^review-doc\.jsonl:5: article "other" in a file of article "review-doc"; import one article per file$/],
    ['an empty file', () => '\n', /^review-doc\.jsonl: names no article: not a file Lektor wrote, or it has no units$/],
  ])('%s is one line naming the file and line', (_name, change, message) => {
    expect(() => readJsonl(change(written()), FILE)).toThrow(message);
  });
});
