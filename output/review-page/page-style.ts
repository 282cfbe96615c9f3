/** The stylesheet of every Lektor page: inline, so a page opened from disk needs nothing else. */
export const PAGE_STYLE = `:root {
  color-scheme: light dark;
  --fg: #1d1f23; --muted: #5c6370; --bg: #fff; --panel: #f5f6f8; --line: #d9dce1;
  --accent: #2458c6; --ok: #d8f0dc; --ok-line: #2e8540; --repaired: #dbe8fb; --repaired-line: #2458c6;
  --missing: #fde2e1; --missing-line: #c62828; --error: #c62828; --warning: #b26a00; --info: #5c6370;
  --current: #fff6cc; --unsure: #8a4baf;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e6e6; --muted: #a0a6b0; --bg: #16181c; --panel: #1f2228; --line: #353a43;
    --accent: #7aa7ff; --ok: #1e3b25; --repaired: #1c2f4d; --missing: #4a1f1f; --current: #3a3520;
    --error: #ff7b72; --warning: #e3b341; --info: #a0a6b0; --unsure: #d2a8ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
.page-header, .toolbar, main, .page-footer { padding: 0 1rem; max-width: 110rem; margin: 0 auto; }
.page-header h1 { margin: 1rem 0 0; font-size: 1.5rem; overflow-wrap: anywhere; }
.path { margin: 0; color: var(--muted); font-size: .875rem; overflow-wrap: anywhere; }
.meta { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .5rem 0; font-size: .875rem; }
.meta div { display: flex; gap: .4rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.totals { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: .25rem 0 .75rem; }
.toolbar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; padding-top: .5rem; padding-bottom: .5rem; background: var(--bg); border-bottom: 1px solid var(--line); }
.toolbar button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--line); border-radius: 999px; background: var(--panel); color: inherit; cursor: pointer; }
.toolbar button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.toolbar .count { font-variant-numeric: tabular-nums; font-weight: 600; margin-left: .2rem; }
.toolbar .filters { display: contents; }
.toolbar .find { font: inherit; min-width: 8rem; flex: 0 1 11rem; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 999px; background: var(--bg); color: inherit; }
.toolbar .keys-button { margin-left: auto; }
.key-help { max-width: min(34rem, calc(100vw - 2rem)); border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: inherit; }
.key-help::backdrop { background: rgba(0,0,0,.35); }
.key-help h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
.key-help dl { margin: 0 0 .75rem; }
.key-help dl div { display: grid; grid-template-columns: 9rem 1fr; gap: .6rem; padding: .2rem 0; }
.key-help dd { margin: 0; }
kbd { font: .75rem ui-monospace, monospace; padding: 0 .3rem; border: 1px solid var(--line); border-radius: 3px; background: var(--panel); }
table { width: 100%; border-collapse: collapse; margin: .75rem 0; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
thead th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.review .src, .review .tgt { width: 38%; overflow-wrap: anywhere; }
.review .qa { width: 20%; font-size: .85rem; }
td.id { width: 4.5rem; font: .75rem ui-monospace, monospace; }
td.id a { color: var(--muted); text-decoration: none; }
tbody.paragraph + tbody.paragraph tr:first-child td { border-top: 2px solid var(--line); }
.review h2 { font-size: 1.15rem; margin: 0; }
.kind-dateline td.src, .kind-dateline td.tgt { color: var(--muted); font-size: .875rem; }
tr.seg { scroll-margin-top: 4rem; }
tr.seg[data-reviewed] td.id a::after { content: " \\2713"; color: var(--ok-line); }
tr.seg[data-severity="error"] td.id { box-shadow: inset 4px 0 var(--error); }
tr.seg[data-severity="warning"] td.id { box-shadow: inset 4px 0 var(--warning); }
tr.seg[data-severity="info"] td.id { box-shadow: inset 4px 0 var(--info); }
tr.seg.current, tr.seg:target { background: var(--current); }
tr.seg:focus { outline: 2px solid var(--accent); outline-offset: -2px; }
.review tr.seg[hidden] { display: none; }
.draft-diff, .fuzzy-match { margin: .3rem 0 0; color: var(--muted); font-size: .85rem; }
.draft-diff del, .match-de del { color: var(--missing-line); text-decoration: line-through; }
.draft-diff ins, .match-de ins { color: var(--ok-line); text-decoration: underline; }
.draft-diff del + ins, .match-de del + ins { margin-left: .3em; }
.fuzzy-match { padding-left: .5rem; border-left: 2px solid var(--line); }
.fuzzy-match p { margin: 0; }
.match-label { font-size: .75rem; font-weight: 600; }
.saved-with-errors { margin: 0 0 .3rem; color: var(--error); font-weight: 600; font-size: .8rem; }
.term { position: relative; color: inherit; background: var(--ok); border-bottom: 2px solid var(--ok-line); border-radius: 2px; padding: 0 1px; cursor: help; }
.term-repaired { background: var(--repaired); border-bottom: 2px dashed var(--repaired-line); }
.term-repaired::after { content: "\\270E"; font-size: .75em; margin-left: 1px; }
.term-missing, .term-forbidden { background: var(--missing); border-bottom: 0; text-decoration: underline wavy var(--missing-line); text-underline-offset: 3px; }
.term-missing::after { content: "\\2717"; color: var(--missing-line); font-size: .8em; margin-left: 1px; }
.term-forbidden::after { content: "\\26D4"; font-size: .75em; margin-left: 1px; }
/* The model's confidence: a word it was unsure of dotted underneath, unlike any term mark; the row's mark beside the English. */
.unsure { text-decoration: underline dotted var(--unsure) 2px; text-underline-offset: 4px; }
.conf { display: inline-block; margin-left: .4rem; padding: 0 .35rem; border: 1px solid var(--line); border-radius: 999px; color: var(--muted); font-size: .7rem; font-variant-numeric: tabular-nums; vertical-align: middle; }
.conf-low { border-color: var(--unsure); color: var(--unsure); font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.tip { display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 10; width: max-content; max-width: min(24rem, calc(100vw - 2rem)); padding: .4rem .6rem; border-radius: 4px; background: #23262d; color: #f2f2f2; font-size: .8rem; font-weight: normal; line-height: 1.35; box-shadow: 0 2px 8px rgba(0,0,0,.25); user-select: none; white-space: normal; }
.tip-note { display: block; margin-top: .25rem; color: #c9d1d9; font-style: italic; }
.tip-glossary { display: block; margin-top: .25rem; color: #8b949e; }
.term:hover .tip, .term:focus .tip { display: block; }
/* An article's inline markup, shown as the formatting it gives; the markup itself is in the tooltip. */
.mk-bold { font-weight: 700; }
.mk-italic { font-style: italic; }
.mk-underline { text-decoration: underline; }
.mk-strike { text-decoration: line-through; }
.mk-link { color: var(--accent); text-decoration: underline; }
.mk-code { font-family: ui-monospace, monospace; font-size: .9em; padding: 0 .2em; border-radius: 3px; background: var(--panel); }
.mk-abbr { text-decoration: underline dotted; }
.mk-sub { vertical-align: sub; font-size: .8em; }
.mk-sup { vertical-align: super; font-size: .8em; }
.mk-protected { color: var(--muted); }
.mk-image::before { content: "\\25A3"; color: var(--muted); }
.mk-break::before { content: "\\21B5"; color: var(--muted); }
.mk-alone:empty { display: inline-block; min-width: 1ch; }
.mk-protected.mk-alone:empty::before { content: "\\2039\\2026\\203A"; color: var(--muted); }
.qa ul { margin: 0; padding: 0; list-style: none; }
.qa li + li { margin-top: .3rem; }
.sev { display: inline-block; min-width: 4.2em; padding: 0 .3rem; border-radius: 3px; color: #fff; font-size: .7rem; text-transform: uppercase; text-align: center; }
.sev-error .sev { background: var(--error); }
.sev-warning .sev { background: var(--warning); }
.sev-info .sev { background: var(--info); }
.qa code { font-size: .8rem; }
.issue::before { content: "\\2717 "; color: var(--missing-line); font-weight: 700; }
.issue-repaired::before { content: "\\270E "; color: var(--repaired-line); }
.issue-forbidden::before { content: "\\26D4 "; }
.untranslated { color: var(--missing-line); }
.empty { color: var(--muted); }
.page-footer { color: var(--muted); font-size: .8rem; padding-bottom: 2rem; }
.scroll { overflow-x: auto; }
.index td.num, .index th.num { text-align: right; font-variant-numeric: tabular-nums; }
.search { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin: .5rem 0; font-size: .875rem; }
.search input { font: inherit; flex: 0 1 20rem; min-width: 0; padding: .3rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: inherit; }
.search button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); color: inherit; cursor: pointer; }
.search-results h2 { font-size: 1.1rem; margin: 1rem 0 .25rem; }
.results td { overflow-wrap: anywhere; }
@media (max-width: 720px) {
  /* Wrapped on a phone's width, a sticky toolbar would cover half the screen. */
  .toolbar { position: static; }
  .toolbar .keys-button { margin-left: 0; }
  .review thead { display: none; }
  .review tr.seg { display: grid; grid-template-columns: 1fr; border-bottom: 1px solid var(--line); padding: .4rem 0; }
  .review td { width: auto !important; border: 0; padding: .15rem .5rem; }
  .review td.src::before { content: "DE"; }
  .review td.tgt::before { content: "EN"; }
  .review td.src::before, .review td.tgt::before { display: inline-block; margin-right: .4rem; color: var(--muted); font-size: .7rem; font-weight: 600; }
  .review td.qa:empty { display: none; }
  tbody.paragraph + tbody.paragraph tr:first-child td { border-top: 0; }
  tbody.paragraph + tbody.paragraph tr:first-child { border-top: 2px solid var(--line); }
  /* The index and search results as a card per row, each cell beside its column's name: nothing off screen. */
  .index thead, .results thead { display: none; }
  .index tr, .results tr { display: block; padding: .4rem 0; border-bottom: 2px solid var(--line); }
  .index td, .index th, .results td { display: flex; justify-content: space-between; gap: 1rem; padding: .1rem .5rem; border: 0; text-align: right; }
  .index td:empty { display: none; }
  .index td[data-label]::before, .results td[data-label]::before { content: attr(data-label); color: var(--muted); text-align: left; }
}
@media print {
  body { font-size: 10pt; }
  .toolbar, .tip, .key-help { display: none !important; }
  tr.seg { break-inside: avoid; }
  tr.seg.current, tr.seg:target { background: none; }
  .term, .sev { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
