/**
 * The review page's behaviour: row filters and keyboard navigation. Plain ES2020 that runs from
 * disk in any current browser; it only reads the page, never article text as code.
 */
export const REVIEW_SCRIPT = `(() => {
  'use strict';
  const body = document.body;
  const rows = Array.from(document.querySelectorAll('tr.seg'));
  const buttons = Array.from(document.querySelectorAll('.toolbar button[data-show]'));
  const empty = document.querySelector('.empty');
  const toolbar = document.querySelector('.toolbar');
  let current = -1;

  const shown = (row) => row.getClientRects().length > 0;

  function show(filter) {
    body.dataset.show = filter;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.show === filter));
    empty.hidden = rows.some(shown);
  }

  function select(index) {
    if (current >= 0) rows[current].classList.remove('current');
    current = index;
    const row = rows[index];
    row.classList.add('current');
    row.focus({ preventScroll: true });
    // Scroll only when the row is not wholly in view below the sticky toolbar.
    const box = row.getBoundingClientRect();
    if (box.top < toolbar.getBoundingClientRect().bottom || box.bottom > window.innerHeight) row.scrollIntoView({ block: 'start' });
    history.replaceState(null, '', '#' + row.id);
  }

  function step(direction, wanted) {
    for (let i = current + direction; i >= 0 && i < rows.length; i += direction) {
      if (shown(rows[i]) && wanted(rows[i])) return select(i);
    }
  }

  const anyRow = () => true;
  const flaggedRow = (row) => row.hasAttribute('data-flagged');
  const keys = {
    j: () => step(1, anyRow),
    k: () => step(-1, anyRow),
    n: () => step(1, flaggedRow),
    p: () => step(-1, flaggedRow),
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
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
  document.addEventListener('focusin', placeTip);
  for (const b of buttons) b.addEventListener('click', () => show(b.dataset.show));
  rows.forEach((row, i) => row.addEventListener('click', () => select(i)));
  const start = rows.findIndex((row) => '#' + row.id === location.hash);
  if (start >= 0) select(start);
  show('all');
})();`;
