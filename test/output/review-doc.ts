import { mapSegments, type LektorDoc, type TermHit } from '../../pipeline/core/doc.js';
import { makeDoc } from '../helpers/make-doc.js';

/** A hit for `text` at its first place in `source`. */
export function hit(source: string, text: string, fields: Partial<TermHit> & { expected: string }): TermHit {
  const start = source.indexOf(text);
  if (start < 0) throw new Error(`hit: "${text}" is not in "${source}"`);
  return { termId: text.toLowerCase(), start, end: start + text.length, text, found: true, repaired: false, ...fields };
}

const heading = 'Geheimdienst überwacht Logistikzentrum in Lüttich';
const spionage = 'Der Verdacht: mögliche Spionage bei Alibaba.';
const zeitung = 'Das berichtet die „Financial Times“ 😀 am 05.10.2023.';
const naiv = 'Die „Zeiten der Naivität“ hätten sich geändert.';

/**
 * An article with everything a review output must show: a heading, a dateline, terms that came
 * out right, were repaired, are missing or forbidden, QA flags of each severity, a copied
 * segment, an untranslated one, and umlauts, „quotes“ and emoji.
 */
export function reviewDoc(): LektorDoc {
  const doc = makeDoc(
    [
      { kind: 'heading', segments: [{ source: heading, target: 'Secret service monitors logistics centre in Liège', origin: 'model', terms: [hit(heading, 'Logistikzentrum', { expected: 'logistics centre', note: 'British spelling' })] }] },
      { kind: 'dateline', segments: [{ source: '12:07', target: '12:07', translatable: false, origin: 'copy' }] },
      {
        segments: [
          {
            source: spionage,
            target: 'The suspicion: possible espionage at Alibaba.',
            origin: 'model',
            terms: [hit(spionage, 'Spionage', { expected: 'espionage', repaired: true, strategy: 'inline', note: 'Not "spying".' }), hit(spionage, 'Alibaba', { expected: 'Alibaba', dnt: true })],
          },
          {
            source: zeitung,
            target: 'This is reported by the "Financial Times" 😀 on 5 October 2023.',
            origin: 'model',
            flags: [{ check: 'numbers', severity: 'warning', message: 'Number `05.10.2023` missing in target' }],
          },
        ],
      },
      {
        segments: [
          {
            source: naiv,
            target: 'The "times of naivety" have changed.',
            origin: 'model',
            terms: [hit(naiv, 'Naivität', { expected: 'naïveté', found: false, note: 'House style keeps the diaeresis.' })],
            flags: [{ check: 'term-missing', severity: 'error', message: 'Term “naïveté” missing in target' }, { check: 'length-ratio', severity: 'info', message: 'Target is 20% shorter than usual' }],
          },
          { source: 'Alibaba bestreitet jegliches Fehlverhalten.' },
        ],
      },
    ],
    'review-doc',
  );
  return {
    ...doc,
    meta: { ...doc.meta, model: { id: 'Xenova/opus-mt-de-en', dtype: 'fp32' }, glossary: { name: 'news-de-en', path: 'glossary/news.yaml', terms: 3 } },
  };
}

export const RENDER_OPTIONS = { now: new Date('2023-10-05T12:07:00Z'), toolVersion: '0.1.0' } as const;

/**
 * `doc` as a scoring translator leaves it: every machine target with the model's `confidence`,
 * the first word of each marked low-confidence, and a reviewed sentence keeping its draft's scores.
 */
export function scoredDoc(doc: LektorDoc, confidence = 0.4213): LektorDoc {
  return mapSegments(doc, (segment) => {
    const english = segment.origin === 'review' ? segment.draft : segment.target;
    if (english === undefined || segment.origin === 'copy' || !segment.translatable) return segment;
    const word = /\S+/.exec(english);
    return { ...segment, confidence, lowConfidence: word ? [{ start: word.index, end: word.index + word[0].length }] : [] };
  });
}

/** A sentence adapted from a review, with its match. */
export const matchesDoc = makeDoc([
  {
    segments: [
      {
        source: 'Der DAX stieg um 0,8 Prozent.',
        target: 'The DAX rose 0.8 percent.',
        origin: 'memory-adapted',
        matches: [{ similarity: 98, source: 'Der DAX stieg um 1,2 Prozent.', target: 'The DAX rose 1.2 percent.', origin: 'review', createdAt: '2026-11-30T09:00:00.000Z' }],
      },
    ],
  },
]);
