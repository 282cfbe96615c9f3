/**
 * The review page body (Eta; `it` is a `ReviewView`). Every `<%= %>` is HTML-escaped, so article
 * and glossary text can never become markup.
 */
export const REVIEW_TEMPLATE = `<%
function text(pieces) {
  for (const piece of pieces) {
    if (piece.term) { %><mark class="term term-<%= piece.term.status %>" tabindex="0"><%= piece.text %><span class="tip" role="tooltip"><%= piece.term.summary %><% if (piece.term.note) { %><span class="tip-note"><%= piece.term.note %></span><% } %></span></mark><% }
    else { %><%= piece.text %><% }
  }
}
function cell(pieces, heading) {
  if (heading) { %><h2><% text(pieces) %></h2><% } else { text(pieces) }
}
%>
<header class="page-header">
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
</header>
<nav class="toolbar" aria-label="Filter rows">
<button type="button" data-show="all" aria-pressed="true">All <span class="count"><%= it.counts.segments %></span></button>
<button type="button" data-show="flagged" aria-pressed="false">Flagged <span class="count"><%= it.counts.flagged %></span></button>
<button type="button" data-show="missing" aria-pressed="false">Terms missing <span class="count"><%= it.counts.termsMissing %></span></button>
<p class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous row · <kbd>n</kbd>/<kbd>p</kbd> next/previous flagged</p>
</nav>
<main>
<table class="review">
<thead><tr><th scope="col" class="id">#</th><th scope="col">Deutsch</th><th scope="col">English</th><th scope="col">QA</th></tr></thead>
<% for (const p of it.paragraphs) { %>
<tbody id="<%= p.id %>" class="paragraph kind-<%= p.kind %>">
<% for (const r of p.rows) { %>
<tr id="<%= r.id %>" class="seg" tabindex="-1"<% if (r.flagged) { %> data-flagged<% } %><% if (r.missing) { %> data-missing<% } %><% if (r.severity) { %> data-severity="<%= r.severity %>"<% } %>>
<td class="id"><a href="#<%= r.id %>"><%= r.id %></a></td>
<td class="src" lang="de"><% cell(r.source, p.kind === 'heading') %></td>
<td class="tgt" lang="en"><% if (r.target) { cell(r.target, p.kind === 'heading') } else { %><em class="untranslated">not translated</em><% } %></td>
<td class="qa"><% if (r.flags.length > 0 || r.termIssues.length > 0) { %><ul>
<% for (const f of r.flags) { %><li class="flag sev-<%= f.severity %>"><span class="sev"><%= f.severity %></span> <code><%= f.check %></code> <%= f.message %></li>
<% } %><% for (const t of r.termIssues) { %><li class="issue issue-<%= t.status %>"><%= t.text %></li>
<% } %></ul><% } %></td>
</tr>
<% } %>
</tbody>
<% } %>
</table>
<p class="empty" hidden>No rows match this filter.</p>
</main>
<footer class="page-footer">Lektor <%= it.toolVersion %> · machine translation: check every sentence before use.</footer>
`;
