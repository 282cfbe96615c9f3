import { CONCORDANCE_SCRIPT } from './concordance-script.js';
import { PROPAGATION_SCRIPT } from './propagation-script.js';
import { SUGGESTION_SCRIPT } from './suggestion-script.js';

/**
 * The editor's behaviour on top of the review page's: edit a sentence's English in place and save
 * it (Save, or Ctrl+Enter and on to the next sentence), approve it (the typed English, when its
 * editor is open), take a review back (un-approve, revert to the draft), undo the last save,
 * propose a term from what the reviewer selected in its German and English, take the model's
 * suggestions (`SUGGESTION_SCRIPT`), put the memory's best match in the editor (Use match, Alt+M), search the memory
 * (`CONCORDANCE_SCRIPT`), see and undo what a save changed elsewhere (`PROPAGATION_SCRIPT`). Nothing typed is lost unasked: Esc, Cancel and leaving the
 * page ask first, and English the QA checks find an error in is saved only once the reviewer agreed. Plain ES2020. Whatever the server sends back is either
 * text (put in with textContent) or a part of the page it rendered with every article string escaped.
 */
export const EDITOR_SCRIPT = `(() => {
  'use strict';
  const main = document.querySelector('main[data-api]');
  const api = main.dataset.api;
  const token = main.dataset.token;
  const undoButton = document.querySelector('.toolbar button.undo');
  // The English cell's content while its editor is open, to put back on Esc.
  const hidden = new Map();
  // The German and English last selected in each row: the term Add to glossary proposes.
  const picks = new Map();
  // The QA errors a reviewer agreed to save a row with: they are asked once.
  const accepted = new Map();
  // The last change, to undo: its row, and the row's English and state before it.
  let last = null;

  const rowOf = (node) => {
    const element = node instanceof Element ? node : node && node.parentElement;
    return element ? element.closest('tr.seg[data-version]') : null;
  };
  const editorOf = (row) => row.querySelector('textarea.edit');
  const unsaved = (row) => Boolean(editorOf(row)) && editorOf(row).value !== row.dataset.target;
  const busy = (row) => row.getAttribute('aria-busy') === 'true';
  function say(row, text, failed) {
    const message = row.querySelector('.msg');
    message.textContent = text;
    message.classList.toggle('failed', Boolean(failed));
  }
  function fit(area) {
    area.style.height = 'auto';
    area.style.height = area.scrollHeight + 'px';
  }
  function button(name, label) {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = name;
    element.textContent = label;
    return element;
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
    const bar = document.createElement('div');
    bar.className = 'edit-bar';
    bar.append(button('save', 'Save'), button('cancel', 'Cancel'));
    if (row.querySelector('.fuzzy-match')) {
      const use = button('use-match', 'Use match');
      use.title = 'The memory match’s English in place of this (Alt+M)';
      use.setAttribute('aria-keyshortcuts', 'Alt+M');
      bar.append(use);
    }
    if (suggesting) {
      const more = button('alternatives', 'Alternatives');
      more.title = 'The model’s alternatives (Alt+A)';
      more.setAttribute('aria-keyshortcuts', 'Alt+A');
      bar.append(more);
    }
    hidden.set(row, Array.from(cell.childNodes));
    cell.replaceChildren(area, bar);
    fit(area);
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    // The editor is plain text: say what a save does to the markup it cannot show.
    if (row.dataset.markup) say(row, 'Markup (' + row.dataset.markup + ') stays around English you keep word for word; elsewhere it is dropped and flagged');
  }

  function close(row) {
    row.querySelector('td.tgt').replaceChildren(...hidden.get(row));
    hidden.delete(row);
    say(row, '');
  }

  function cancel(row) {
    if (unsaved(row) && !confirm('Discard your changes to the English of ' + row.id + '?')) return editorOf(row).focus();
    close(row);
    row.focus({ preventScroll: true });
  }

  async function post(path, body, base = api) {
    const response = await fetch(base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': token },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.error || 'the server answered ' + response.status);
    return answer;
  }
  const segmentPath = (row, action) => '/segments/' + encodeURIComponent(row.id) + action;
${SUGGESTION_SCRIPT}

  // The changed row as the server rendered it: the same element keeps its place, focus and listeners.
  function replaceRow(row, markup) {
    const template = document.createElement('template');
    template.innerHTML = '<table><tbody>' + markup + '</tbody></table>';
    const fresh = template.content.querySelector('tr');
    for (const name of row.getAttributeNames()) if (name !== 'class' && name !== 'hidden') row.removeAttribute(name);
    for (const name of fresh.getAttributeNames()) if (name !== 'class') row.setAttribute(name, fresh.getAttribute(name));
    row.replaceChildren(...fresh.children);
    hidden.delete(row);
  }

  function replacePart(id, html) {
    document.getElementById(id).replaceWith(document.createRange().createContextualFragment(html));
  }

  // What a change leaves: the row, the header's totals and progress, and the filters and their counts.
  function show(row, answer) {
    replaceRow(row, answer.row);
    replacePart('review-progress', answer.progress.html);
    replacePart('review-totals', answer.totals.html);
    document.dispatchEvent(new CustomEvent('lektor:changed'));
  }

${PROPAGATION_SCRIPT}
${CONCORDANCE_SCRIPT}
  // Sends a change of the row, remembered for undo; the answer, or null when it was refused.
  async function change(row, action, body) {
    const before = { target: row.dataset.target, reviewed: row.hasAttribute('data-reviewed') };
    try {
      const answer = await post(segmentPath(row, action), body);
      show(row, answer);
      last = { row, before };
      undoButton.disabled = false;
      return answer;
    } catch (error) {
      say(row, error.message, true);
      return null;
    }
  }

  // Whether English the QA checks find an error in may be saved: the reviewer is asked, once per row and errors.
  async function errorsAccepted(row, target) {
    const { flags } = await post(segmentPath(row, '/check'), { target });
    const errors = flags.filter((f) => f.severity === 'error').map((f) => f.check + ': ' + f.message).join('\\n');
    if (errors === '' || accepted.get(row) === errors) return true;
    if (!confirm('Save the English of ' + row.id + ' with this QA error?\\n\\n' + errors)) return false;
    accepted.set(row, errors);
    return true;
  }

  async function save(row, target, ask = true) {
    if (busy(row)) return false;
    row.setAttribute('aria-busy', 'true');
    try {
      if (ask && !(await errorsAccepted(row, target))) {
        say(row, 'Not saved');
        return false;
      }
      const answer = await change(row, '', { target, version: row.dataset.version });
      if (!answer) return false;
      showPropagation(answer);
      const errors = answer.segment.flags.filter((f) => f.severity === 'error').length;
      say(row, errors === 0 ? 'Saved' : 'Saved with ' + errors + (errors === 1 ? ' error' : ' errors'));
      return true;
    } catch (error) {
      say(row, error.message, true);
      return false;
    } finally {
      row.removeAttribute('aria-busy');
    }
  }

  // The machine's draft again, unreviewed: un-approve, revert to the draft, undo a first save.
  async function revert(row) {
    if (busy(row)) return false;
    row.setAttribute('aria-busy', 'true');
    try {
      const answer = await change(row, '/revert', { version: row.dataset.version });
      if (answer) say(row, 'Back to the machine’s draft, unreviewed');
      return Boolean(answer);
    } finally {
      row.removeAttribute('aria-busy');
    }
  }

  // The typed English where the row's editor is open, else the English as it is.
  function approve(row) {
    if (editorOf(row)) return save(row, editorOf(row).value);
    if (!row.hasAttribute('data-reviewed')) return save(row, row.dataset.target);
  }

  async function undo() {
    if (!last) return;
    const { row, before } = last;
    if (unsaved(row)) return say(row, 'Save or cancel your edit first', true);
    if (editorOf(row)) close(row);
    last = null;
    undoButton.disabled = true;
    const undone = before.reviewed ? await save(row, before.target, false) : await revert(row);
    last = null;
    undoButton.disabled = true;
    if (undone) say(row, 'Undone');
    row.focus({ preventScroll: true });
  }

  function nextRow(row) {
    const rows = Array.from(document.querySelectorAll('tr.seg[data-version]'));
    return rows.slice(rows.indexOf(row) + 1).find((r) => !r.hidden);
  }

  // The memory match's English in place of the editor's, as if typed: the textarea's undo takes it back.
  function useMatch(row) {
    put(editorOf(row), row.querySelector('.fuzzy-match').dataset.target, 0);
  }

  async function propose(row) {
    const pick = picks.get(row) || {};
    if (!pick.source || !pick.target) return say(row, 'Select the German term, then its English, in this row first', true);
    try {
      // In a stack, the file the reviewer chose on the page (the last one unless they changed it).
      const stack = document.querySelector('select.glossary-file');
      const answer = await post('/glossary', stack ? Object.assign({ file: stack.value }, pick) : pick);
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
      } else if (event.altKey && event.code === 'KeyM' && row.querySelector('.fuzzy-match')) {
        event.preventDefault();
        useMatch(row);
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        const next = nextRow(row);
        if ((await save(row, target.value)) && next) open(next);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || !(target instanceof Element)) return;
    if (target.closest('input, textarea, select, dialog')) return;
    const current = document.querySelector('tr.seg.current[data-version]');
    if (event.key === 'Enter' && target.matches('tr.seg[data-version]')) {
      event.preventDefault();
      open(target);
    } else if (event.key === 'a' && current) {
      event.preventDefault();
      approve(current);
      document.dispatchEvent(new CustomEvent('lektor:next-unreviewed'));
    } else if (event.key === 'z') {
      event.preventDefault();
      undo();
    }
  });

  document.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const row = rowOf(element);
    if (!row) return;
    if (element.closest('button.approve')) return void approve(row);
    if (element.closest('button.revert')) return void revert(row);
    if (element.closest('button.save')) return void save(row, editorOf(row).value);
    if (element.closest('button.cancel')) return void cancel(row);
    if (element.closest('button.use-match')) return void useMatch(row);
    if (element.closest('button.add-term')) return void propose(row);
    // A click that ended a selection picks a term rather than opening the editor.
    if (element.closest('td.tgt') && !editorOf(row) && String(getSelection()).trim() === '') open(row);
  });
  undoButton.addEventListener('click', undo);

  // Leaving the page with English typed and not saved: the browser asks.
  window.addEventListener('beforeunload', (event) => {
    if (!Array.from(hidden.keys()).some(unsaved)) return;
    event.preventDefault();
    // Browsers before the standard's preventDefault ask only when this is set.
    event.returnValue = '';
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
