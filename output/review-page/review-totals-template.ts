/**
 * The article's totals in the review page's header (Eta; `it` is a `ReviewCounts`), a partial of
 * its own so the editor can put the totals after a save in place of the old ones. Every `<%= %>`
 * is HTML-escaped.
 */
export const REVIEW_TOTALS_TEMPLATE = `<ul id="review-totals" class="totals" aria-live="polite">
<li><strong><%= it.segments %></strong> segments</li>
<li><strong><%= it.needsReview %></strong> need review</li>
<li><strong><%= it.flagged %></strong> flagged</li>
<li><strong><%= it.termsMissing %></strong> with missing terms</li>
<li><strong><%= it.termHits %></strong> term hits, <%= it.termsRepaired %> repaired</li>
</ul>
`;
