import { REVIEW_PROGRESS_TEMPLATE } from './review-progress-template.js';
import { REVIEW_ROW_TEMPLATE } from './review-row-template.js';

/**
 * The review page body (Eta; `it` is a `ReviewView`). Every `<%= %>` is HTML-escaped, so article
 * and glossary text can never become markup.
 */
export const REVIEW_TEMPLATE = `<header class="page-header">
<h1><%= it.name %></h1>
<p class="path"><%= it.path %></p>
<dl class="meta">
<div><dt>Model</dt><dd><%= it.model %></dd></div>
<div><dt>Glossary</dt><dd><%= it.glossary %></dd></div>
<div><dt>Date</dt><dd><%= it.date %></dd></div>
<div><dt>Lektor</dt><dd><%= it.toolVersion %></dd></div>
</dl>
<ul class="totals">
<li><strong><%= it.counts.segments %></strong> segments</li>
<li><strong><%= it.counts.needsReview %></strong> need review</li>
<li><strong><%= it.counts.flagged %></strong> flagged</li>
<li><strong><%= it.counts.termsMissing %></strong> with missing terms</li>
<li><strong><%= it.counts.termHits %></strong> term hits, <%= it.counts.termsRepaired %> repaired</li>
</ul>
<% if (it.editor) { %>
<%~ include('@progress', it.editor.progress) %>
<% if (it.editor.glossaryOff) { %>
<p class="glossary-off">Add to glossary is off: <%= it.editor.glossaryOff %></p>
<% } %>
<% } %>
</header>
<nav class="toolbar" aria-label="Filter rows">
<button type="button" data-show="all" aria-pressed="true">All <span class="count"><%= it.counts.segments %></span></button>
<button type="button" data-show="flagged" aria-pressed="false">Flagged <span class="count"><%= it.counts.flagged %></span></button>
<button type="button" data-show="missing" aria-pressed="false">Terms missing <span class="count"><%= it.counts.termsMissing %></span></button>
<p class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous row · <kbd>n</kbd>/<kbd>p</kbd> next/previous flagged<% if (it.editor) { %> · <kbd>Enter</kbd> edit · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save, next · <kbd>Esc</kbd> cancel<% } %></p>
</nav>
<main<% if (it.editor) { %> data-api="<%= it.editor.api %>" data-token="<%= it.editor.token %>"<% } %>>
<table class="review">
<thead><tr><th scope="col" class="id">#</th><th scope="col">Deutsch</th><th scope="col">English</th><th scope="col">QA</th><% if (it.editor) { %><th scope="col">Review</th><% } %></tr></thead>
<% for (const p of it.paragraphs) { %>
<tbody id="<%= p.id %>" class="paragraph kind-<%= p.kind %>">
<% for (const r of p.rows) { %>
<%~ include('@row', { row: r, heading: p.kind === 'heading', editor: it.editor }) %>
<% } %>
</tbody>
<% } %>
</table>
<p class="empty" hidden>No rows match this filter.</p>
</main>
<footer class="page-footer">Lektor <%= it.toolVersion %> · machine translation: check every sentence before use.</footer>
`;

/** The templates the review page includes by name. */
export const REVIEW_PARTIALS = { '@row': REVIEW_ROW_TEMPLATE, '@progress': REVIEW_PROGRESS_TEMPLATE } as const;
