import { describe, expect, it } from 'vitest';
import { readReviewedSentences } from '../../../pipeline/app/glossary/read-reviewed-sentences.js';
import { reviewedTranslations } from '../../helpers/reviewed-translations.js';

describe('readReviewedSentences', () => {
  it('gives each reviewed sentence with its German, draft, review and term hits, once however often its folder is named', async () => {
    const { dir, out } = await reviewedTranslations();
    const sentences = await readReviewedSentences(['out', out], dir);
    expect(sentences.map((s) => `${s.article} ${s.id}`)).toEqual(['a s0001', 'a s0002', 'a s0003', 'a s0004', 'b s0001', 'b s0002']);
    expect(sentences[0]).toMatchObject({ source: 'Spionage in Lüttich', draft: 'espionage in Liège', review: 'Spying in Liège' });
    expect(sentences[0]!.terms.map((t) => [t.text, t.expected])).toEqual([
      ['Spionage', 'espionage'],
      ['Lüttich', 'Liège'],
    ]);
  }, 60_000);
});
