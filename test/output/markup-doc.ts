import type { LektorDoc } from '../../pipeline/core/doc.js';
import { alone, el, marked } from '../helpers/inline-marks.js';
import { makeDoc } from '../helpers/make-doc.js';

const LINK = '<a href="https://example.org/?a=1&amp;b=2" onclick="alert(1)">';

/**
 * An HTML article's segments with inline markup as the review formats meet it: bold in a heading,
 * a link around emphasis, a code span, an image and a break (standalone), an element a sentence
 * boundary cuts in two, a mark the model lost, and markup that must never run on the review page
 * (`<script>`, `onerror`, `javascript:`).
 */
export function markupDoc(): LektorDoc {
  const doc = makeDoc(
    [
      {
        kind: 'heading',
        segments: [{ ...marked(['Die ', el('m1', 'bold', '<b>', 'Polizei', '</b>'), ' meldet einen Erfolg'], ['The ', el('m1', 'bold', '<b>', 'police', '</b>'), ' report a success']), origin: 'model' }],
      },
      {
        segments: [
          {
            ...marked(
              ['Laut ', el('m1', 'link', LINK, [el('m2', 'italic', '<em>', 'ersten', '</em>'), ' Angaben'], '</a>'), ' wurde ', alone('m3', 'code', '<code>rm -rf</code>', 'rm -rf'), ' ausgeführt', alone('m4', 'break', '<br>'), '.'],
              ['According to ', el('m1', 'link', LINK, [el('m2', 'italic', '<em>', 'initial', '</em>'), ' reports'], '</a>'), ', ', alone('m3', 'code', '<code>rm -rf</code>', 'rm -rf'), ' was run', alone('m4', 'break', '<br>'), '.'],
            ),
            origin: 'model',
          },
          {
            ...marked(['Er sagte: ', el('m1', 'italic', '<i>', 'Wir kommen.', '')], ['He said: ', el('m1', 'italic', '<i>', 'We are coming.', '')]),
            origin: 'model',
          },
          { ...marked([el('m1', 'italic', '', 'Bald.', '</i>')], [el('m1', 'italic', '', 'Soon.', '</i>')]), origin: 'model' },
        ],
      },
      {
        segments: [
          {
            ...marked(
              ['Ein ', el('m1', 'bold', '<strong>', 'wichtiger', '</strong>'), ' Satz', alone('m2', 'image', '<img src=x onerror="alert(2)">'), alone('m3', 'protected', '<script>alert(3)</script>'), ' & <b>mehr</b>.'],
              ['An important sentence', alone('m2', 'image', '<img src=x onerror="alert(2)">'), alone('m3', 'protected', '<script>alert(3)</script>'), ' & <b>more</b>.'],
            ),
            origin: 'model',
          },
        ],
      },
    ],
    'markup-doc',
  );
  return { ...doc, meta: { ...doc.meta, path: 'markup-doc.html' } };
}
