/**
 * The editor's concordance panel, part of the editor's script (it uses the editor's `post`): `c`
 * or the toolbar's *Concordance* opens it beside the article, with what the reviewer selected in a
 * row (its German, or its English) already looked up; the server searches the article's
 * translation memory as `lektor tm search` does. Each hit is the German and its English, the
 * phrase marked on the side searched, and whose English it is. Esc or *Close* puts the focus back
 * where it was. Everything the server sent goes in as text.
 */
export const CONCORDANCE_SCRIPT = `
  const concordancePanel = document.getElementById('concordance');
  const panelButton = document.querySelector('.toolbar button.concordance-button');
  const phrase = concordancePanel.querySelector('input[name="text"]');
  const inEnglish = concordancePanel.querySelector('input[name="english"]');
  const found = concordancePanel.querySelector('.concordance-status');
  const hitList = concordancePanel.querySelector('.concordance-hits');
  // Where the focus was when the concordancePanel opened; and the search asked last, whose answer alone is shown.
  let returnTo = null;
  let asked = 0;

  // The text with the phrase found in it marked.
  function marked(text, span) {
    const mark = document.createElement('mark');
    mark.textContent = text.slice(span.start, span.end);
    return [text.slice(0, span.start), mark, text.slice(span.end)];
  }

  function hitItem(hit, english) {
    const item = document.createElement('li');
    const de = document.createElement('p');
    const en = document.createElement('p');
    de.lang = 'de';
    en.lang = 'en';
    de.className = 'hit-de';
    en.className = 'hit-en';
    if (english) {
      de.textContent = hit.source;
      en.append(...marked(hit.target, hit.span));
    } else {
      de.append(...marked(hit.source, hit.span));
      en.textContent = hit.target;
    }
    const whose = document.createElement('p');
    whose.className = 'hit-origin';
    whose.textContent = (hit.origin === 'review' ? 'reviewed ' : 'the model’s, ') + hit.createdAt.slice(0, 10);
    item.append(de, en, whose);
    return item;
  }

  async function searchMemory() {
    const text = phrase.value.trim();
    if (text === '') return;
    const english = inEnglish.checked;
    const mine = ++asked;
    found.textContent = 'Searching…';
    try {
      const { hits } = await post('/concordance', { text, language: english ? 'en' : 'de' });
      if (mine !== asked) return;
      hitList.replaceChildren(...hits.map((hit) => hitItem(hit, english)));
      found.textContent = hits.length === 0 ? 'Not in the translation memory' : hits.length + (hits.length === 1 ? ' sentence' : ' sentences');
    } catch (error) {
      if (mine !== asked) return;
      hitList.replaceChildren();
      found.textContent = error.message;
    }
  }

  function openConcordance() {
    const selection = getSelection();
    const selected = String(selection).replace(/\\s+/g, ' ').trim();
    if (selected !== '' && selection.rangeCount > 0) {
      const within = selection.getRangeAt(0).commonAncestorContainer;
      phrase.value = selected;
      inEnglish.checked = Boolean((within instanceof Element ? within : within.parentElement).closest('td.tgt'));
    }
    returnTo = document.activeElement;
    concordancePanel.hidden = false;
    panelButton.setAttribute('aria-expanded', 'true');
    phrase.focus();
    phrase.select();
    if (selected !== '') searchMemory();
  }

  function closeConcordance() {
    concordancePanel.hidden = true;
    panelButton.setAttribute('aria-expanded', 'false');
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus({ preventScroll: true });
  }

  concordancePanel.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    searchMemory();
  });
  inEnglish.addEventListener('change', searchMemory);
  concordancePanel.querySelector('button.close').addEventListener('click', closeConcordance);
  panelButton.addEventListener('click', () => (concordancePanel.hidden ? openConcordance() : closeConcordance()));
  concordancePanel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    closeConcordance();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'c' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : document.body;
    if (target.closest('input, textarea, select, [contenteditable], dialog')) return;
    event.preventDefault();
    openConcordance();
  });
`;
