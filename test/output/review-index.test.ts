import { describe, expect, it } from 'vitest';
import { renderReviewIndex, reviewIndexEntry } from '../../output/review-index.js';
import { makeDoc } from '../helpers/make-doc.js';
import { RENDER_OPTIONS, reviewDoc } from './review-doc.js';

const review = reviewIndexEntry(reviewDoc());
const other = reviewIndexEntry(makeDoc([['Ein Satz.', 'Noch einer.']], 'ältere-meldung'));
const hostile = reviewIndexEntry(makeDoc([['Satz.']], 'javascript:alert(1)"><img src=x onerror=alert(2)>'));

function rows(html: string): string[] {
  return html.match(/<tr><td>.*<\/tr>/g) ?? [];
}

describe('review-index', () => {
  it('lists every article by name with its counts, linking its review page', () => {
    const html = renderReviewIndex([review, other], RENDER_OPTIONS);
    expect(rows(html)).toEqual([
      '<tr><td><a href="review-doc.review.html">review-doc</a></td><td class="num">6</td><td class="num">3</td><td class="num">2</td><td class="num">1</td><td class="num">0</td><td class="num">5</td><td class="num">4</td><td>Xenova/opus-mt-de-en (fp32)</td></tr>',
      '<tr><td><a href="%C3%A4ltere-meldung.review.html">ältere-meldung</a></td><td class="num">2</td><td class="num">2</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">2</td><td class="num">0</td><td>none</td></tr>',
    ]);
    expect(html).toContain('<tr><th scope="row">Total</th><td class="num">8</td><td class="num">5</td><td class="num">2</td><td class="num">1</td><td class="num">0</td><td class="num">7</td><td class="num">4</td><td></td></tr>');
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
