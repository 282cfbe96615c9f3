/**
 * The editor's behaviour on top of the review page's: edit a sentence's English in place, save it
 * (Ctrl+Enter, then on to the next sentence), approve it, or propose a term from what the reviewer
 * selected in its German and English. Plain ES2020. Whatever the server sends back is either text
 * (put in with textContent) or a row it rendered with every article string escaped.
 */
export const EDITOR_SCRIPT = `(() => {
  'use strict';
  const main = document.querySelector('main[data-api]');
  const api = main.dataset.api;
  const token = main.dataset.token;
  // The English cell's content while its editor is open, to put back on Esc.
  const hidden = new Map();
  // The German and English last selected in each row: the term Add to glossary proposes.
  const picks = new Map();

  const rowOf = (node) => {
    const element = node instanceof Element ? node : node && node.parentElement;
    return element ? element.closest('tr.seg[data-version]') : null;
  };
  const editorOf = (row) => row.querySelector('textarea.edit');
  function say(row, text, failed) {
    const message = row.querySelector('.msg');
    message.textContent = text;
    message.classList.toggle('failed', Boolean(failed));
  }
  function fit(area) {
    area.style.height = 'auto';
    area.style.height = area.scrollHeight + 'px';
  }

  function open(row) {
    if (editorOf(row)) return editorOf(row).focus();
    const cell = row.querySelector('td.tgt');
    const area = document.createElement('textarea');
    area.className = 'edit';
    area.rows = 1;
    area.value = row.dataset.target;
    area.setAttribute('aria-label', 'English of ' + row.id);
    area.addEventListener('input', () => fit(area));
    // The row takes the focus on a click; a click inside the editor must leave it there.
    area.addEventListener('click', (event) => event.stopPropagation());
    hidden.set(row, Array.from(cell.childNodes));
    cell.replaceChildren(area);
    fit(area);
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    // The editor is plain text: say what a save does to the markup it cannot show.
    if (row.dataset.markup) say(row, 'Markup (' + row.dataset.markup + ') stays around English you keep word for word; elsewhere it is dropped and flagged');
  }

  function cancel(row) {
    row.querySelector('td.tgt').replaceChildren(...hidden.get(row));
    hidden.delete(row);
    say(row, '');
    row.focus({ preventScroll: true });
  }

  async function post(path, body) {
    const response = await fetch(api + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': token },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.error || 'the server answered ' + response.status);
    return answer;
  }

  // The saved row as the server rendered it: the same element keeps its place, focus and listeners.
  function replaceRow(row, markup) {
    const template = document.createElement('template');
    template.innerHTML = '<table><tbody>' + markup + '</tbody></table>';
    const fresh = template.content.querySelector('tr');
    for (const name of row.getAttributeNames()) if (name !== 'class') row.removeAttribute(name);
    for (const name of fresh.getAttributeNames()) if (name !== 'class') row.setAttribute(name, fresh.getAttribute(name));
    row.replaceChildren(...fresh.children);
    hidden.delete(row);
  }

  async function save(row, target) {
    row.setAttribute('aria-busy', 'true');
    try {
      const answer = await post('/segments/' + encodeURIComponent(row.id), { target, version: row.dataset.version });
      replaceRow(row, answer.row);
      const progress = document.getElementById('review-progress');
      progress.replaceWith(document.createRange().createContextualFragment(answer.progress.html));
      say(row, 'Saved');
      return true;
    } catch (error) {
      say(row, error.message, true);
      return false;
    } finally {
      row.removeAttribute('aria-busy');
    }
  }

  function nextRow(row) {
    const rows = Array.from(document.querySelectorAll('tr.seg[data-version]'));
    return rows.slice(rows.indexOf(row) + 1).find((r) => r.getClientRects().length > 0);
  }

  async function propose(row) {
    const pick = picks.get(row) || {};
    if (!pick.source || !pick.target) return say(row, 'Select the German term, then its English, in this row first', true);
    try {
      const answer = await post('/glossary', pick);
      picks.delete(row);
      say(row, answer.message);
    } catch (error) {
      say(row, error.message, true);
    }
  }

  document.addEventListener('keydown', async (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.classList.contains('edit')) {
      const row = rowOf(target);
      if (event.key === 'Escape') {
        event.preventDefault();
        cancel(row);
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        const next = (await save(row, target.value)) && nextRow(row);
        if (next) open(next);
      }
      return;
    }
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target instanceof Element && target.matches('tr.seg[data-version]')) {
      event.preventDefault();
      open(target);
    }
  });

  document.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const row = rowOf(element);
    if (!row) return;
    if (element.closest('button.approve')) return void save(row, row.dataset.target);
    if (element.closest('button.add-term')) return void propose(row);
    // A click that ended a selection picks a term rather than opening the editor.
    if (element.closest('td.tgt') && !editorOf(row) && String(getSelection()).trim() === '') open(row);
  });

  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const within = selection.getRangeAt(0).commonAncestorContainer;
    const cell = (within instanceof Element ? within : within.parentElement).closest('td.src, td.tgt');
    const row = cell && rowOf(cell);
    const text = String(selection).replace(/\\s+/g, ' ').trim();
    if (!row || text === '') return;
    const pick = Object.assign({}, picks.get(row), { [cell.classList.contains('src') ? 'source' : 'target']: text });
    picks.set(row, pick);
    say(row, 'Add to glossary: “' + (pick.source || '…') + '” → “' + (pick.target || '…') + '”');
  });
})();`;
