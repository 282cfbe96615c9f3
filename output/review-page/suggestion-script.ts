/**
 * The model's suggestions in the editor, part of the editor's script (it uses the editor's `post`,
 * `say`, `rowOf`, `editorOf`, `segmentPath`, `button` and `fit`): Ctrl+Space, or Tab at the end of
 * the English, asks for the model's translation that starts with the English left of the caret
 * and shows the rest after the editor, which Tab takes in place of what follows the caret and
 * typing or Esc drops; Alt+A or the Alternatives button lists beam search's best translations,
 * one of which a click (or Enter) puts in the editor. Nothing is saved until the reviewer saves.
 * While the model loads the server says so, and the page asks again.
 */
export const SUGGESTION_SCRIPT = `
  const suggesting = main.hasAttribute('data-suggestions');
  // Per open editor: the completion on offer (where it starts, and the English after it).
  const offers = new WeakMap();
  // Per open editor: the English the model last had nothing to add to, where Tab moves on again.
  const finished = new WeakMap();
  const pause = () => new Promise((resolve) => setTimeout(resolve, 500));

  async function ask(row, action, body, wanted) {
    for (;;) {
      const answer = await post(segmentPath(row, action), body);
      if (answer.state !== 'loading') return answer;
      say(row, answer.message);
      await pause();
      if (!wanted()) return null;
    }
  }

  function panel(row, name) {
    const cell = row.querySelector('td.tgt');
    let element = cell.querySelector('.' + name);
    if (!element) {
      element = document.createElement('div');
      element.className = name;
      editorOf(row).after(element);
    }
    return element;
  }

  function dismiss(row) {
    offers.delete(editorOf(row));
    const element = row.querySelector('td.tgt .suggestion');
    if (element) element.remove();
  }

  async function complete(row) {
    const area = editorOf(row);
    const at = area.selectionStart;
    const prefix = area.value.slice(0, at);
    const wanted = () => editorOf(row) === area && area.selectionStart === at && area.value.slice(0, at) === prefix;
    say(row, 'Asking the model…');
    try {
      const answer = await ask(row, '/complete', { prefix }, wanted);
      if (!answer || !wanted()) return;
      if (answer.suggestion === '') {
        finished.set(area, area.value);
        return say(row, 'The model has nothing to add here');
      }
      offers.set(area, { at, rest: answer.suggestion });
      const typed = document.createElement('span');
      typed.className = 'typed';
      // The last words typed, enough to read the suggestion on from.
      typed.textContent = prefix.length > 40 ? '…' + prefix.slice(prefix.indexOf(' ', prefix.length - 40) + 1) : prefix;
      const ghost = document.createElement('span');
      ghost.className = 'ghost';
      ghost.textContent = answer.suggestion;
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = 'Tab takes it, Esc drops it';
      panel(row, 'suggestion').replaceChildren(typed, ghost, hint);
      say(row, '');
    } catch (error) {
      say(row, error.message, true);
    }
  }

  // English put into the editor as if typed: the textarea's own undo takes it back.
  function put(area, text, from) {
    area.focus();
    area.setSelectionRange(from, area.value.length);
    if (!document.execCommand('insertText', false, text)) area.setRangeText(text, from, area.value.length, 'end');
    fit(area);
  }

  function accept(row) {
    const area = editorOf(row);
    const { at, rest } = offers.get(area);
    dismiss(row);
    put(area, rest, at);
  }

  async function alternatives(row) {
    const area = editorOf(row);
    say(row, 'Asking the model…');
    try {
      const answer = await ask(row, '/alternatives', {}, () => editorOf(row) === area);
      if (!answer || editorOf(row) !== area) return;
      const picks = answer.alternatives.map((text) => button('pick', text));
      const list = panel(row, 'alternative-list');
      list.setAttribute('role', 'group');
      list.setAttribute('aria-label', 'The model’s alternatives');
      list.replaceChildren(...picks);
      say(row, 'Pick one to put it in the editor (Esc goes back)');
      if (picks[0]) picks[0].focus();
    } catch (error) {
      say(row, error.message, true);
    }
  }

  function closeList(row) {
    row.querySelector('td.tgt .alternative-list').remove();
    say(row, '');
    editorOf(row).focus();
  }

  function pick(row, text) {
    closeList(row);
    put(editorOf(row), text, 0);
  }

  const stop = (event) => {
    event.preventDefault();
    event.stopPropagation();
  };

  // Before the editor's own keys (captured): Tab and Esc mean the suggestion while one is shown.
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!suggesting || !(target instanceof Element)) return;
    if (target.matches('.alternative-list button.pick')) {
      if (event.key === 'Escape') {
        stop(event);
        closeList(rowOf(target));
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        stop(event);
        const next = event.key === 'ArrowDown' ? target.nextElementSibling : target.previousElementSibling;
        if (next) next.focus();
      } else if (event.key !== 'Tab' && event.key !== 'Enter' && event.key !== ' ') {
        // A letter here is not one of the page's keys (a: approve).
        event.stopPropagation();
      }
      return;
    }
    if (!(target instanceof HTMLTextAreaElement) || !target.classList.contains('edit')) return;
    const row = rowOf(target);
    const offered = offers.has(target);
    const plainTab = event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
    const atEnd = target.selectionStart === target.value.length && target.selectionEnd === target.value.length;
    if (offered && plainTab) {
      stop(event);
      accept(row);
    } else if (offered && event.key === 'Escape') {
      stop(event);
      dismiss(row);
    } else if (event.code === 'Space' && event.ctrlKey) {
      stop(event);
      complete(row);
    } else if (plainTab && atEnd && target.value.trim() !== '' && finished.get(target) !== target.value) {
      stop(event);
      complete(row);
    } else if (event.altKey && event.code === 'KeyA') {
      stop(event);
      alternatives(row);
    } else if (offered && !['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) {
      dismiss(row);
    }
  }, true);

  document.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const row = rowOf(element);
    if (!row || !editorOf(row)) return;
    if (element.closest('button.alternatives')) alternatives(row);
    else if (element.closest('button.pick')) pick(row, element.closest('button.pick').textContent);
  });
`;
