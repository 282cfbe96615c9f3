/** What the review page needs besides the shared stylesheet when it is served for editing. */
export const EDITOR_STYLE = `.review .src, .review .tgt { width: 33%; }
.review .qa { width: 18%; }
.review .act { width: 10rem; font-size: .85rem; }
.act button { font: inherit; margin: 0 .3rem .3rem 0; padding: .15rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); color: inherit; cursor: pointer; }
.act button:disabled, .toolbar button:disabled { cursor: not-allowed; opacity: .55; }
.edit-bar { display: flex; gap: .4rem; margin-top: .3rem; }
.edit-bar button { font: inherit; font-size: .85rem; padding: .2rem .8rem; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); color: inherit; cursor: pointer; }
.edit-bar button.save { background: var(--accent); border-color: var(--accent); color: #fff; }
.act .msg { margin: 0; color: var(--muted); overflow-wrap: anywhere; }
.act .msg.failed { color: var(--error); font-weight: 600; }
tr.seg[data-version] td.tgt { cursor: text; }
tr.seg[aria-busy="true"] { opacity: .6; }
textarea.edit { display: block; width: 100%; min-height: 2.5em; font: inherit; padding: .3rem .4rem; border: 2px solid var(--accent); border-radius: 4px; background: var(--bg); color: inherit; resize: none; overflow: hidden; }
td.tgt .suggestion { margin-top: .3rem; padding: .2rem .4rem; border: 1px dashed var(--line); border-radius: 4px; }
.suggestion .ghost { color: var(--muted); font-style: italic; }
.suggestion .hint { margin-left: .6rem; font-size: .8rem; color: var(--muted); }
td.tgt .alternative-list { display: flex; flex-direction: column; gap: .25rem; margin-top: .3rem; }
.alternative-list button.pick { font: inherit; text-align: left; padding: .2rem .4rem; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); color: inherit; cursor: pointer; }
.alternative-list button.pick:focus { outline: 2px solid var(--accent); }
.review-progress { margin: 0 0 .5rem; }
.propagation { margin: 0 0 .75rem; padding: .4rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); }
.propagation p { margin: .2rem 0; }
.propagation button { font: inherit; font-size: .85rem; margin-left: .4rem; padding: .1rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: inherit; cursor: pointer; }
.propagation .conflict { color: var(--warning); }
.concordance { position: fixed; top: 0; right: 0; bottom: 0; z-index: 20; width: 26rem; max-width: 100%; overflow-y: auto; padding: .75rem; border-left: 1px solid var(--line); background: var(--panel); box-shadow: -2px 0 8px rgb(0 0 0 / .15); }
.concordance[hidden] { display: none; }
.concordance h2 { margin: 0 0 .5rem; font-size: 1rem; }
.concordance form { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.concordance input[type="search"] { flex: 1 1 12rem; min-width: 0; font: inherit; padding: .2rem .4rem; }
.concordance button { font: inherit; font-size: .85rem; padding: .15rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: inherit; cursor: pointer; }
.concordance-status { margin: .5rem 0; color: var(--muted); font-size: .85rem; }
.concordance-hits { margin: 0 0 .75rem; padding-left: 1.4rem; }
.concordance-hits li { margin-bottom: .6rem; overflow-wrap: anywhere; }
.concordance-hits p { margin: 0; }
.concordance-hits .hit-origin { color: var(--muted); font-size: .8rem; }
.glossary-off, p.glossary-file { margin: 0 0 .75rem; color: var(--muted); font-size: .875rem; }
@media print {
  .act, .concordance { display: none; }
}
`;
