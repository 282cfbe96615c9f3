/**
 * The part of the editor's script that shows what a save did beyond its sentence: the repeats in
 * the folder that took its English ("Also changed in b s0004, c s0010"), each with an Undo that
 * puts that place's English before back, and the reviewed repeats it left alone as conflicts.
 * Interpolated into `EDITOR_SCRIPT`, whose `post`, `button`, `api`, `replaceRow` and `show` it uses; everything the
 * server sent goes in as text.
 */
export const PROPAGATION_SCRIPT = `
  const notice = document.createElement('div');
  notice.className = 'propagation';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  document.querySelector('.toolbar').after(notice);
  const articlesApi = api.slice(0, api.lastIndexOf('/') + 1);
  const placeName = (place) => place.article + ' ' + place.segment;
  const thisArticle = decodeURIComponent(api.slice(api.lastIndexOf('/') + 1));
  // A repeat in this very article: its row changes in place, as the saved one does.
  const rowHere = (place) => (place.article === thisArticle ? document.getElementById(place.segment) : null);

  function undoButtonOf(place) {
    const undo = button('undo-propagation', 'Undo in ' + placeName(place));
    undo.addEventListener('click', async () => {
      undo.disabled = true;
      try {
        const answer = await post(articlesApi + encodeURIComponent(place.article) + '/segments/' + encodeURIComponent(place.segment) + '/undo-propagation', { version: place.version }, '');
        if (rowHere(place)) show(rowHere(place), answer);
        undo.textContent = 'Undone in ' + placeName(place);
      } catch (error) {
        undo.textContent = placeName(place) + ': ' + error.message;
      }
    });
    return undo;
  }

  function showPropagation(answer) {
    for (const place of answer.propagated) if (rowHere(place)) replaceRow(rowHere(place), answer.repeats[place.segment]);
    const lines = [];
    if (answer.propagated.length > 0) {
      const line = document.createElement('p');
      line.append('Also changed in ' + answer.propagated.map(placeName).join(', ') + ' ', ...answer.propagated.map(undoButtonOf));
      lines.push(line);
    }
    if (answer.conflicts.length > 0) {
      const line = document.createElement('p');
      line.className = 'conflict';
      line.textContent = 'Not changed, reviewed to other English: ' + answer.conflicts.map((c) => placeName(c) + ' (“' + c.target + '”)').join(', ');
      lines.push(line);
    }
    notice.replaceChildren(...lines);
    notice.hidden = lines.length === 0;
  }
`;
