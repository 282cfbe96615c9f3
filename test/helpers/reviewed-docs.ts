import type { LektorDoc } from '../../pipeline/core/doc.js';
import { makeDoc } from './make-doc.js';

const reviewedAt = '2023-10-05T12:07:00.000Z';

/**
 * Two articles with reviews, for the post-editing statistics. `suspicion`: a heading edited
 * ("Possible espionage" → "possible spying"), a sentence approved unchanged, a dash (not
 * translatable) and a sentence nobody reviewed. `prices`: one sentence edited ("5 percent" → "5%").
 */
export function reviewedDocs(): { suspicion: LektorDoc; prices: LektorDoc } {
  const suspicion = makeDoc(
    [
      {
        kind: 'heading',
        segments: [{ source: 'Der Verdacht: Mögliche Spionage', target: 'The suspicion: possible spying.', draft: 'The suspicion: Possible espionage.', origin: 'review', reviewedAt }],
      },
      {
        segments: [
          { source: 'Ja.', target: 'Yes.', draft: 'Yes.', origin: 'review', reviewedAt },
          { source: '–', target: '–', origin: 'copy' },
          { source: 'Er sagte gestern nein.', target: 'He said no yesterday.', origin: 'model' },
        ],
      },
    ],
    'suspicion',
  );
  const prices = makeDoc([{ segments: [{ source: 'Die Preise stiegen um 5 Prozent.', target: 'Prices rose by 5%.', draft: 'Prices rose by 5 percent.', origin: 'review', reviewedAt }] }], 'prices');
  return { suspicion, prices };
}
