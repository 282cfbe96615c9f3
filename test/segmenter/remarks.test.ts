import { describe, expect, it } from 'vitest';
import { withoutClosers, withoutOpeners } from '../../pipeline/segmenter/enclosing.js';
import { closesRemark, type RemarkCandidate } from '../../pipeline/segmenter/remarks.js';

/** The candidate at the first terminal punctuation followed by `)` or `]` in `text`, in a sentence that starts at 0. */
function candidate(text: string): RemarkCandidate {
  const end = /[.!?…]+(?=[)\]“])/.exec(text)!;
  const at = end.index;
  const wordStart = text.lastIndexOf(' ', at) + 1;
  const word = text.slice(wordStart, at);
  const closers = /^[)\]“]+/.exec(text.slice(at + end[0].length))![0];
  return { word, bare: withoutClosers(withoutOpeners(word)), punctuation: end[0], closers, sentenceStart: 0, at };
}

describe('closesRemark', () => {
  it.each([
    'Der Minister (!) hat das gesagt.',
    'Das ist ein(!) Skandal.',
    'Der Hersteller verlangt 79(!) Euro.',
    'Die Firma zahlte (angeblich!) 12 Mio. Euro.',
    'Der Täter soll einen Schlagstock(?) Marke Eigenbau benutzt haben.',
    'Er schrieb „Reperatur“ [sic!] in den Bericht.',
    'Die Bilanz (...) ist ernüchternd.',
    'Die Zahl (wer weiß das schon?) ist hoch.',
    'Er rief (laut „Hilfe!“) und lief.',
  ])('valid: %j', (text) => expect(closesRemark(text, candidate(text))).toBe(true));

  it.each([
    '(Ob das so bleibt?) Die Aktie steigt.',
    '(Warum eigentlich?) Analysten rätseln.',
    'Die Firma wächst (vgl. S. 5.) Die Aktie steigt.',
    'Niemand weiß es.) Die Aktie steigt.',
  ])('invalid: %j', (text) => expect(closesRemark(text, candidate(text))).toBe(false));

  it('looks back a bounded stretch for the opening bracket', () => {
    const text = `Die Firma (${'sehr '.repeat(40)}viel!) Geld`;
    expect(closesRemark(text, candidate(text))).toBe(false);
  });
});
