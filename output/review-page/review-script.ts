/**
 * The review page's behaviour: row filters with their counts, search, sorting by the model's
 * confidence, and the keyboard (rows, terms, the key list). Plain ES2020 that runs from disk in
 * any current browser; it only reads the page, never article text as code. The editor's script
 * tells it of rows that changed (`lektor:changed`) and asks it for the next unreviewed row
 * (`lektor:next-unreviewed`).
 */
export const REVIEW_SCRIPT = `(() => {
  'use strict';
  const table = document.querySelector('table.review');
  const filters = Array.from(document.querySelectorAll('.toolbar button[data-show]'));
  const sorter = document.querySelector('.toolbar button.sort');
  const find = document.querySelector('.toolbar input.find');
  const help = document.querySelector('dialog.key-help');
  const empty = document.querySelector('.empty');
  const toolbar = document.querySelector('.toolbar');
  // Each row's place in the article: sorting moves rows, and turning it off puts them back.
  const article = Array.from(document.querySelectorAll('tr.seg')).map((row) => ({ row, home: row.parentElement }));
  let filter = 'all';
  let current = null;

  // In the order the page shows them.
  const rows = () => Array.from(table.querySelectorAll('tr.seg'));
  const shown = (row) => !row.hidden;
  const fold = (text) => text.replace(/\\s+/g, ' ').trim().toLowerCase();
  const has = (name) => (row) => row.hasAttribute('data-' + name);

  // The German and English a row shows: not its tooltips, confidence mark or draft.
  function wordsOf(row) {
    const copy = row.cloneNode(true);
    for (const extra of copy.querySelectorAll('td.id, td.qa, td.act, .tip, .conf, .draft-diff')) extra.remove();
    return fold(copy.textContent);
  }

  // Shows the rows the filter and the search let through, and counts what each filter would show.
  function apply() {
    const query = fold(find.value);
    const all = rows();
    for (const row of all) row.hidden = !((filter === 'all' || has(filter)(row)) && (query === '' || wordsOf(row).includes(query)));
    for (const button of filters) {
      const name = button.dataset.show;
      button.setAttribute('aria-pressed', String(name === filter));
      button.querySelector('.count').textContent = String(name === 'all' ? all.length : all.filter(has(name)).length);
    }
    empty.hidden = all.some(shown);
  }

  // The row the reviewer is on: wherever the focus went, by keys, a click or the editor.
  function mark(row) {
    if (current) current.classList.remove('current');
    current = row;
    row.classList.add('current');
    history.replaceState(null, '', '#' + row.id);
  }

  function select(row) {
    row.focus({ preventScroll: true });
    // Scroll only when the row is not wholly in view below the sticky toolbar.
    const box = row.getBoundingClientRect();
    if (box.top < toolbar.getBoundingClientRect().bottom || box.bottom > window.innerHeight) row.scrollIntoView({ block: 'start' });
  }

  // The next shown row in \`direction\` that is \`wanted\`, from the current one (or an end); round the end when \`wrap\`.
  function step(direction, wanted, wrap) {
    const list = rows();
    const n = list.length;
    const at = list.indexOf(current);
    for (let k = 1; k <= n; k++) {
      let i = at < 0 ? (direction > 0 ? k - 1 : n - k) : at + direction * k;
      if (i < 0 || i >= n) {
        if (!wrap) return;
        i = (i + n) % n;
      }
      if (shown(list[i]) && wanted(list[i])) return select(list[i]);
    }
  }

  // Least confident first (rows without the model's confidence after them, in article order), or the article's order.
  function sortRows(on) {
    const focused = document.activeElement;
    sorter.setAttribute('aria-pressed', String(on));
    if (on) {
      const all = article.map((a) => a.row);
      const scored = all.filter(has('confidence')).sort((a, b) => Number(a.dataset.confidence) - Number(b.dataset.confidence));
      let sorted = table.querySelector('tbody.sorted');
      if (!sorted) {
        sorted = document.createElement('tbody');
        sorted.className = 'sorted';
        table.append(sorted);
      }
      sorted.append(...scored, ...all.filter((row) => !has('confidence')(row)));
    } else {
      for (const { row, home } of article) home.append(row);
    }
    if (focused instanceof HTMLElement && focused !== document.body) focused.focus({ preventScroll: true });
  }

  // The current row's next glossary term: focused, it shows its details.
  function nextTerm() {
    const terms = current ? Array.from(current.querySelectorAll('mark.term')) : [];
    if (terms.length > 0) terms[(terms.indexOf(document.activeElement) + 1) % terms.length].focus();
  }

  // The arrows move between a row and its buttons, which take no tab stop of their own.
  function across(direction, from) {
    const row = from.closest('tr.seg');
    const buttons = row ? Array.from(row.querySelectorAll('td.act button:not(:disabled)')) : [];
    if (buttons.length === 0) return false;
    const at = buttons.indexOf(from);
    const next = at < 0 ? (direction > 0 ? buttons[0] : null) : buttons[at + direction];
    (next || row).focus();
    return true;
  }

  const unreviewed = (row) => has('unreviewed')(row) && row.getAttribute('aria-busy') !== 'true';
  const keys = {
    j: () => step(1, () => true),
    k: () => step(-1, () => true),
    n: () => step(1, has('flagged')),
    p: () => step(-1, has('flagged')),
    u: () => step(1, unreviewed, true),
    t: nextTerm,
    '/': () => find.focus(),
    '?': () => help.showModal(),
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : document.body;
    if (target === find) {
      if (event.key === 'Escape') {
        find.value = '';
        apply();
        if (current) current.focus();
      } else if (event.key === 'Enter') {
        const first = rows().find(shown);
        if (first) select(first);
      }
      return;
    }
    if (target.closest('input, textarea, select, [contenteditable], dialog')) return;
    if (event.key === 'Escape' && target.matches('mark.term') && current) return current.focus();
    if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && across(event.key === 'ArrowRight' ? 1 : -1, target)) return event.preventDefault();
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  // A tooltip opens to the right of its term; near the window's edge, move it back inside.
  function placeTip(event) {
    const tip = event.target instanceof Element && event.target.closest('.term')?.querySelector('.tip');
    if (!tip) return;
    tip.style.left = '';
    const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) tip.style.left = -overflow + 'px';
  }

  document.addEventListener('mouseover', placeTip);
  document.addEventListener('focusin', (event) => {
    placeTip(event);
    const row = event.target instanceof Element && event.target.closest('tr.seg');
    if (row && row !== current) mark(row);
  });
  document.addEventListener('lektor:changed', apply);
  document.addEventListener('lektor:next-unreviewed', () => step(1, unreviewed, true));
  for (const button of filters) {
    button.addEventListener('click', () => {
      filter = button.dataset.show;
      apply();
    });
  }
  if (sorter) sorter.addEventListener('click', () => sortRows(sorter.getAttribute('aria-pressed') !== 'true'));
  find.addEventListener('input', apply);
  document.querySelector('.toolbar .keys-button').addEventListener('click', () => help.showModal());
  help.querySelector('button.close').addEventListener('click', () => help.close());
  apply();
  const start = rows().find((row) => '#' + row.id === location.hash);
  if (start) select(start);
})();`;
