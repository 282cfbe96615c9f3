/**
 * The batch index body (Eta; `it` is a `ReviewIndexView`). Every `<%= %>` is HTML-escaped. Each
 * cell carries its column's name, which a phone shows beside it: the table becomes a card per
 * article there, with every column in view.
 */
export const INDEX_TEMPLATE = `<%
const counts = [['Segments', 'segments'], ['Need review', 'needsReview'], ['Flagged', 'flagged'], ['Terms missing', 'termsMissing'], ['Low confidence', 'lowConfidence'], ['Unreviewed', 'unreviewed'], ['Term hits', 'termHits']];
%>
<header class="page-header">
<h1>Lektor review</h1>
<dl class="meta">
<div><dt>Articles</dt><dd><%= it.articles.length %></dd></div>
<div><dt>Date</dt><dd><%= it.date %></dd></div>
<div><dt>Lektor</dt><dd><%= it.toolVersion %></dd></div>
</dl>
<% if (it.editor) { %>
<form class="search" role="search" method="get" action="/">
<label for="search-all">Search every article</label>
<input type="search" id="search-all" name="q" maxlength="200" value="<%= it.search ? it.search.query : '' %>">
<button type="submit">Search</button>
</form>
<% } %>
</header>
<main>
<% if (it.search) { const s = it.search; %>
<section class="search-results" aria-labelledby="search-title">
<h2 id="search-title"><% if (s.results.length === 0) { %>No sentence contains “<%= s.query %>”<% } else { %><%= s.results.length %><% if (s.more) { %>+<% } %> <%= s.results.length === 1 ? 'sentence' : 'sentences' %> in <%= s.articles %> <%= s.articles === 1 ? 'article' : 'articles' %> contain “<%= s.query %>”<% if (s.more) { %> (the first <%= s.results.length %> shown)<% } %><% } %></h2>
<% if (s.results.length > 0) { %>
<table class="results">
<thead><tr><th scope="col">Article</th><th scope="col">Sentence</th><th scope="col">Deutsch</th><th scope="col">English</th></tr></thead>
<tbody>
<% for (const r of s.results) { %>
<tr><td data-label="Article"><%= r.article %></td><td data-label="Sentence"><a href="<%= r.href %>"><%= r.id %></a></td><td data-label="Deutsch" lang="de"><%= r.source %></td><td data-label="English" lang="en"><%= r.target %></td></tr>
<% } %>
</tbody>
</table>
<% } %>
</section>
<% } %>
<div class="scroll">
<table class="index">
<thead><tr><th scope="col">Article</th><% for (const [label] of counts) { %><th scope="col" class="num"><%= label %></th><% } %><th scope="col">Model</th><% if (it.editor) { %><th scope="col" class="num">Reviewed</th><% } %></tr></thead>
<tbody>
<% for (const a of it.articles) { %>
<tr><td data-label="Article"><a href="<%= a.href %>"><%= a.name %></a></td><% for (const [label, key] of counts) { %><td class="num" data-label="<%= label %>"><%= a.counts[key] %></td><% } %><td data-label="Model"><%= a.model %></td><% if (it.editor) { %><td class="num" data-label="Reviewed"><%= a.progress.reviewed %> of <%= a.progress.sentences %></td><% } %></tr>
<% } %>
</tbody>
<tfoot>
<tr><th scope="row">Total</th><% for (const [label, key] of counts) { %><td class="num" data-label="<%= label %>"><%= it.totals[key] %></td><% } %><td></td><% if (it.editor) { %><td class="num" data-label="Reviewed"><%= it.editor.reviewed %> of <%= it.editor.sentences %></td><% } %></tr>
</tfoot>
</table>
</div>
</main>
<footer class="page-footer">Lektor <%= it.toolVersion %> · machine translation: check every sentence before use.</footer>
`;
