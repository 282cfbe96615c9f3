/** The batch index body (Eta; `it` is a `ReviewIndexView`). Every `<%= %>` is HTML-escaped. */
export const INDEX_TEMPLATE = `<header class="page-header">
<h1>Lektor review</h1>
<dl class="meta">
<div><dt>Articles</dt><dd><%= it.articles.length %></dd></div>
<div><dt>Date</dt><dd><%= it.date %></dd></div>
<div><dt>Lektor</dt><dd><%= it.toolVersion %></dd></div>
</dl>
</header>
<main>
<div class="scroll">
<table class="index">
<thead><tr><th scope="col">Article</th><th scope="col" class="num">Segments</th><th scope="col" class="num">Need review</th><th scope="col" class="num">Flagged</th><th scope="col" class="num">Terms missing</th><th scope="col" class="num">Low confidence</th><th scope="col" class="num">Unreviewed</th><th scope="col" class="num">Term hits</th><th scope="col">Model</th><% if (it.editor) { %><th scope="col" class="num">Reviewed</th><% } %></tr></thead>
<tbody>
<% for (const a of it.articles) { %>
<tr><td><a href="<%= a.href %>"><%= a.name %></a></td><td class="num"><%= a.counts.segments %></td><td class="num"><%= a.counts.needsReview %></td><td class="num"><%= a.counts.flagged %></td><td class="num"><%= a.counts.termsMissing %></td><td class="num"><%= a.counts.lowConfidence %></td><td class="num"><%= a.counts.unreviewed %></td><td class="num"><%= a.counts.termHits %></td><td><%= a.model %></td><% if (it.editor) { %><td class="num"><%= a.progress.reviewed %> of <%= a.progress.sentences %></td><% } %></tr>
<% } %>
</tbody>
<tfoot>
<tr><th scope="row">Total</th><td class="num"><%= it.totals.segments %></td><td class="num"><%= it.totals.needsReview %></td><td class="num"><%= it.totals.flagged %></td><td class="num"><%= it.totals.termsMissing %></td><td class="num"><%= it.totals.lowConfidence %></td><td class="num"><%= it.totals.unreviewed %></td><td class="num"><%= it.totals.termHits %></td><td></td><% if (it.editor) { %><td class="num"><%= it.editor.reviewed %> of <%= it.editor.sentences %></td><% } %></tr>
</tfoot>
</table>
</div>
</main>
<footer class="page-footer">Lektor <%= it.toolVersion %> · machine translation: check every sentence before use.</footer>
`;
