/**
 * One sentence's row of the review page (Eta; `it` is `{ row: RowView, heading, editor? }`), a
 * partial of its own so the editor can render a saved row again for the page to put in place.
 * Every `<%= %>` is HTML-escaped; an inline element of the article is a `<span>` of the page's
 * own, classed by its type, with its markup as written only in the (escaped) tooltip. A word the
 * model was unsure of is a `<u>` (a non-textual annotation): no tab stop; the row's confidence
 * mark names those words in text for a screen reader. The memory's best match stands under the
 * German, its words that differ from this sentence's struck out (the match's) and underlined (this one's). The row is its one tab stop: its link,
 * terms and buttons take none, and the page's keys reach them (`t`, the arrows).
 */
export const REVIEW_ROW_TEMPLATE = `<%
const r = it.row;
function words(piece) {
  if (piece.unsure) { %><u class="unsure"><%= piece.text %></u><% } else { %><%= piece.text %><% }
}
function text(pieces) {
  for (const piece of pieces) {
    if (piece.element) { const e = piece.element; %><span class="mk mk-<%= e.type %><% if (e.standalone) { %> mk-alone<% } %>" title="<%= e.markup %>"><% text(e.children) %></span><% }
    else if (piece.term) { %><mark class="term term-<%= piece.term.status %>" tabindex="-1"><% words(piece) %><span class="tip" role="tooltip"><%= piece.term.summary %><% if (piece.term.note) { %><span class="tip-note"><%= piece.term.note %></span><% } %><% if (piece.term.glossary) { %><span class="tip-glossary"><%= piece.term.glossary %></span><% } %></span></mark><% }
    else { words(piece) }
  }
}
function confidence(c) {
  %> <span class="conf<% if (c.low) { %> conf-low<% } %>"><span class="visually-hidden">Model confidence </span><%= c.percent %><% if (c.unsure.length > 0) { %><span class="visually-hidden">, unsure of: <%= c.unsure.join(', ') %></span><% } %></span><%
}
function cell(pieces) {
  if (it.heading) { %><h2><% text(pieces) %></h2><% } else { text(pieces) }
}
function changes(pieces) {
  for (const d of pieces) {
    if (d.change === 'removed') { %><del><span class="visually-hidden">[removed: </span><%= d.text %><span class="visually-hidden">]</span></del><% }
    else if (d.change === 'added') { %><ins><span class="visually-hidden">[added: </span><%= d.text %><span class="visually-hidden">]</span></ins><% }
    else { %><%= d.text %><% }
  }
}
function diff(pieces) {
  %><p class="draft-diff"><span class="draft-label">Changed from the machine’s draft:</span> <% changes(pieces) %></p><%
}
function match(m) {
  %><div class="fuzzy-match" data-target="<%= m.target %>"><p class="match-label" lang="en">Memory match <%= m.percent %><% if (m.reviewed) { %>, reviewed<% } %><span class="visually-hidden">, its German against this one:</span></p><p class="match-de"><% changes(m.source) %></p><p class="match-en" lang="en"><%= m.target %></p></div><%
}
%>
<tr id="<%= r.id %>" class="seg" tabindex="0"<% if (r.unreviewed) { %> data-unreviewed<% } %><% if (r.flagged) { %> data-flagged<% } %><% if (r.missing) { %> data-missing<% } %><% if (r.severity) { %> data-severity="<%= r.severity %>"<% } %><% if (r.reviewed) { %> data-reviewed title="reviewed by a person"<% } %><% if (r.confidence) { %> data-confidence="<%= r.confidence.value %>"<% if (r.confidence.low) { %> data-low-confidence<% } %><% } %><% if (r.edit) { %> data-version="<%= r.edit.version %>" data-target="<%= r.edit.target %>"<% if (r.edit.markup) { %> data-markup="<%= r.edit.markup %>"<% } %><% } %>>
<td class="id"><a href="#<%= r.id %>" tabindex="-1"><%= r.id %></a></td>
<td class="src" lang="de"><% cell(r.source) %><% if (r.match) { match(r.match) } %></td>
<td class="tgt" lang="en"><% if (r.target) { cell(r.target) } else { %><em class="untranslated">not translated</em><% } %><% if (r.confidence) { confidence(r.confidence) } %><% if (r.diff) { diff(r.diff) } %></td>
<td class="qa"><% if (r.savedWithErrors) { %><p class="saved-with-errors">Saved with errors</p><% } %><% if (r.flags.length > 0 || r.termIssues.length > 0) { %><ul>
<% for (const f of r.flags) { %><li class="flag sev-<%= f.severity %>"><span class="sev"><%= f.severity %></span> <code><%= f.check %></code> <%= f.message %></li>
<% } %><% for (const t of r.termIssues) { %><li class="issue issue-<%= t.status %>"><%= t.text %></li>
<% } %></ul><% } %></td>
<% if (it.editor) { %>
<td class="act"><% if (r.edit) { %><% if (r.edit.review) { %><button type="button" class="revert" tabindex="-1"><%= r.edit.review === 'approved' ? 'Un-approve' : 'Revert to draft' %></button><% } else { %><button type="button" class="approve" tabindex="-1">Approve</button><% } %><button type="button" class="add-term" tabindex="-1"<% if (it.editor.glossaryOff) { %> disabled title="<%= it.editor.glossaryOff %>"<% } %>>Add to glossary</button><p class="msg" role="status"></p><% } %></td>
<% } %>
</tr>
`;
