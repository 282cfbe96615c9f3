import { describe, expect, it } from 'vitest';
import { layoutText } from '../../output/layout-text.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { makeDocument } from '../../pipeline/read/read-article.js';
import { mapSegments } from '../../pipeline/core/doc.js';

function translated(text: string) {
  const doc = { ...makeDocument(text, 'a.txt', { bomStripped: false, lineEndingsNormalised: 0, nfcChanged: false }), paragraphs: segmentText(text) };
  return mapSegments(doc, (s) => ({ ...s, target: s.translatable ? `<${s.source.replace(/\s+/g, ' ')}>` : s.source }));
}

describe('layoutText', () => {
  it('puts each target where its source stood and keeps what lies between: blank lines, indentation, the final newline', () => {
    expect(layoutText(translated('Titel\n\n  Erster Satz.   Zweiter\nSatz.\n\n\n– \n'))).toBe('<Titel>\n\n  <Erster Satz.>   <Zweiter Satz.>\n\n\n– \n');
  });

  it('gives back an empty or blank text unchanged', () => {
    expect(layoutText(translated(''))).toBe('');
    expect(layoutText(translated(' \n\n'))).toBe(' \n\n');
  });

  it('falls back to the source for a segment without a target', () => {
    const doc = { ...makeDocument('Eins. Zwei.', 'a.txt', { bomStripped: false, lineEndingsNormalised: 0, nfcChanged: false }), paragraphs: segmentText('Eins. Zwei.') };
    expect(layoutText(doc)).toBe('Eins. Zwei.');
  });
});
