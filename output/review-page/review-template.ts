import { REVIEW_PROGRESS_TEMPLATE } from './review-progress-template.js';
import { REVIEW_ROW_TEMPLATE } from './review-row-template.js';
import { REVIEW_TOTALS_TEMPLATE } from './review-totals-template.js';

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
<%~ include('@totals', it.counts) %>
<% if (it.editor) { %>
<%~ include('@progress', it.editor.progress) %>
<% if (it.editor.glossaryOff) { %>
<p class="glossary-off">Add to glossary is off: <%= it.editor.glossaryOff %></p>
<% } %>
<% if (it.editor.glossaryFiles) { %>
<p class="glossary-file"><label>Add to glossary writes to <select class="glossary-file"><% it.editor.glossaryFiles.forEach((file, i, all) => { %><option<% if (i === all.length - 1) { %> selected<% } %>><%= file %></option><% }) %></select></label></p>
<% } %>
<% } %>
</header>
<nav class="toolbar" aria-label="Rows">
<div class="filters" role="group" aria-label="Show">
<button type="button" data-show="all" aria-pressed="true">All <span class="count"><%= it.counts.segments %></span></button>
<button type="button" data-show="unreviewed" aria-pressed="false">Unreviewed <span class="count"><%= it.counts.unreviewed %></span></button>
<button type="button" data-show="flagged" aria-pressed="false">Flagged <span class="count"><%= it.counts.flagged %></span></button>
<button type="button" data-show="low-confidence" aria-pressed="false">Low confidence <span class="count"><%= it.counts.lowConfidence %></span></button>
<button type="button" data-show="missing" aria-pressed="false">Terms missing <span class="count"><%= it.counts.termsMissing %></span></button>
</div>
<% if (it.scored) { %><button type="button" class="sort" aria-pressed="false">Least confident first</button>
<% } %><input type="search" class="find" placeholder="Search (/)" aria-label="Search this article" aria-keyshortcuts="/">
<% if (it.editor) { %><button type="button" class="undo" aria-keyshortcuts="z" aria-label="Undo last save" title="Undo the last save (z)" disabled>Undo</button>
<button type="button" class="concordance-button" aria-keyshortcuts="c" aria-controls="concordance" aria-expanded="false" title="Search the translation memory (c)">Concordance</button>
<% } %><button type="button" class="keys-button" aria-haspopup="dialog" aria-keyshortcuts="?" aria-label="Keys" title="Keys (?)">?</button>
</nav>
<% if (it.editor) { %><aside id="concordance" class="concordance" aria-labelledby="concordance-title" hidden>
<h2 id="concordance-title">Concordance</h2>
<form role="search">
<input type="search" name="text" aria-label="Word or phrase in the translation memory" placeholder="Word or phrase">
<label><input type="checkbox" name="english"> in the English</label>
<button type="submit">Search</button>
</form>
<p class="concordance-status" role="status"></p>
<ol class="concordance-hits"></ol>
<button type="button" class="close">Close</button>
</aside>
<% } %><dialog class="key-help" aria-labelledby="key-help-title">
<h2 id="key-help-title">Keys</h2>
<dl>
<div><dt><kbd>Tab</kbd>, <kbd>j</kbd> / <kbd>k</kbd></dt><dd>next / previous row</dd></div>
<div><dt><kbd>n</kbd> / <kbd>p</kbd></dt><dd>next / previous flagged row</dd></div>
<div><dt><kbd>u</kbd></dt><dd>next unreviewed row</dd></div>
<div><dt><kbd>t</kbd></dt><dd>the row’s next glossary term, with its details</dd></div>
<div><dt><kbd>/</kbd></dt><dd>search the article (<kbd>Esc</kbd> clears it)</dd></div>
<% if (it.editor) { %><div><dt><kbd>Enter</kbd></dt><dd>edit the row’s English</dd></div>
<div><dt><kbd>Ctrl</kbd>+<kbd>Enter</kbd></dt><dd>save, then edit the next row</dd></div>
<div><dt><kbd>Esc</kbd></dt><dd>cancel the edit (asks first when you changed the English)</dd></div>
<div><dt><kbd>a</kbd></dt><dd>approve (with the editor open: save what you typed), then go to the next unreviewed row</dd></div>
<div><dt><kbd>Alt</kbd>+<kbd>M</kbd></dt><dd>in the editor: the memory match’s English in place of the typed (a row’s “Memory match”)</dd></div>
<% if (it.editor.suggestions) { %><div><dt><kbd>Ctrl</kbd>+<kbd>Space</kbd>, <kbd>Tab</kbd> at the end</dt><dd>in the editor: the model’s completion after the caret (<kbd>Tab</kbd> takes it, typing or <kbd>Esc</kbd> drops it)</dd></div>
<div><dt><kbd>Alt</kbd>+<kbd>A</kbd></dt><dd>in the editor: the model’s alternatives for the row</dd></div>
<% } %><div><dt><kbd>z</kbd></dt><dd>undo the last save</dd></div>
<div><dt><kbd>c</kbd></dt><dd>search the translation memory for a word or phrase (the one selected in a row), in any inflection (<kbd>Esc</kbd> closes it)</dd></div>
<div><dt><kbd>→</kbd> / <kbd>←</kbd></dt><dd>the row’s buttons</dd></div>
<% } %><div><dt><kbd>?</kbd></dt><dd>this list (<kbd>Esc</kbd> closes it)</dd></div>
</dl>
<button type="button" class="close">Close</button>
</dialog>
<main<% if (it.editor) { %> data-api="<%= it.editor.api %>" data-token="<%= it.editor.token %>"<% if (it.editor.suggestions) { %> data-suggestions<% } %><% } %>>
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
export const REVIEW_PARTIALS = { '@row': REVIEW_ROW_TEMPLATE, '@progress': REVIEW_PROGRESS_TEMPLATE, '@totals': REVIEW_TOTALS_TEMPLATE } as const;
