import { describe, expect, it } from 'vitest';
import { renderReviewIndex, reviewIndexEntry } from '../../output/review-index.js';
import { makeDoc } from '../helpers/make-doc.js';
import { RENDER_OPTIONS, reviewDoc } from './review-doc.js';

const review = reviewIndexEntry(reviewDoc());
const other = reviewIndexEntry(makeDoc([['Ein Satz.', 'Noch einer.']], 'ältere-meldung'));
const hostile = reviewIndexEntry(makeDoc([['Satz.']], 'javascript:alert(1)"><img src=x onerror=alert(2)>'));

function rows(html: string): string[] {
  return html.match(/<tr><td.*<\/tr>/g) ?? [];
}

describe('review-index', () => {
  it('lists every article by name with its counts, linking its review page; each cell names its column, for a phone', () => {
    const html = renderReviewIndex([review, other], RENDER_OPTIONS);
    const cell = (label: string, value: number) => `<td class="num" data-label="${label}">${value}</td>`;
    const counts = (values: readonly number[]) => ['Segments', 'Need review', 'Flagged', 'Terms missing', 'Low confidence', 'Unreviewed', 'Term hits'].map((label, i) => cell(label, values[i]!)).join('');
    expect(rows(html)).toEqual([
      `<tr><td data-label="Article"><a href="review-doc.review.html">review-doc</a></td>${counts([6, 3, 2, 1, 0, 5, 4])}<td data-label="Model">Xenova/opus-mt-de-en (fp32)</td></tr>`,
      `<tr><td data-label="Article"><a href="%C3%A4ltere-meldung.review.html">ältere-meldung</a></td>${counts([2, 2, 0, 0, 0, 2, 0])}<td data-label="Model">none</td></tr>`,
    ]);
    expect(html).toContain(`<tr><th scope="row">Total</th>${counts([8, 5, 2, 1, 0, 7, 4])}<td></td></tr>`);
    expect(html).toContain('<div><dt>Articles</dt><dd>2</dd></div>');
  });

  it('does not depend on the order articles finished in', () => {
    expect(renderReviewIndex([other, review], RENDER_OPTIONS)).toBe(renderReviewIndex([review, other], RENDER_OPTIONS));
  });

  it('makes a hostile file name a relative link and escaped text, and runs no script', () => {
    const html = renderReviewIndex([hostile], RENDER_OPTIONS);
    expect(html).toContain('<a href="javascript%3Aalert(1)%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E.review.html">javascript:alert(1)&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</a>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('script-src &#39;none&#39;');
  });
});
