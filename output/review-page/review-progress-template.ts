/**
 * The editor's "reviewed N of M" line with the post-editing effort so far (Eta; `it` is a
 * `ProgressView`), a partial so a save can replace it. Every `<%= %>` is HTML-escaped.
 */
export const REVIEW_PROGRESS_TEMPLATE = `<p id="review-progress" class="review-progress" aria-live="polite">Reviewed <strong><%= it.reviewed %></strong> of <%= it.sentences %><% if (it.reviewed > 0) { %> · <%= it.edited %> edited, <%= it.approved %> approved<% if (it.ter !== null) { %> · TER <%= it.ter %><% } %><% if (it.chrf !== null) { %> · chrF <%= it.chrf %><% } %><% } %></p>
`;
