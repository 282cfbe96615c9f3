import { describe, expect, it } from 'vitest';
import { followSpans } from '../../pipeline/core/follow-spans.js';

/** The spans of `before` that `words` name, found in order. */
function spansOf(text: string, ...words: string[]) {
  let from = 0;
  return words.map((word) => {
    const start = text.indexOf(word, from);
    from = start + word.length;
    return { start, end: from };
  });
}

const shown = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('followSpans', () => {
  it.each<[string, string, string, string[], string[]]>([
    ['an unchanged text', 'The suspicion: possible espionage.', 'The suspicion: possible espionage.', ['suspicion:', 'espionage.'], ['suspicion:', 'espionage.']],
    ['a placeholder undone before the span', 'ZXQ1 monitors the hub', 'The intelligence service monitors the hub', ['hub'], ['hub']],
    ['a term repaired after the span', 'The secret service monitors Liege', 'The secret service monitors Liège', ['monitors'], ['monitors']],
    ['markup placeholders taken out around it', 'A ZXQ3 important ZXQ4 hub', 'A important hub', ['important'], ['important']],
    ['a span of two words', 'The intelligence service ZXQ1 monitors', 'The intelligence service monitors', ['intelligence service'], ['intelligence service']],
    ['part of a word', 'Belgium, ZXQ1 said', 'Belgium, he said', ['Belgium'], ['Belgium']],
  ])('keeps a span whose words came through: %s', (_, before, after, marked, expected) => {
    expect(shown(after, followSpans(spansOf(before, ...marked), before, after))).toEqual(expected);
  });

  it('keeps the second of a word written twice where it is, not on the first', () => {
    expect(followSpans([{ start: 9, end: 12 }], 'the ZXQ1 the hub', 'the long term the hub')).toEqual([{ start: 14, end: 17 }]);
  });

  it.each<[string, string, string, string]>([
    ['the word an edit replaced', 'The secret service monitors Liege', 'The secret service monitors Liège', 'Liege'],
    ['a placeholder that became the term', 'ZXQ1 monitors the hub', 'The intelligence service monitors the hub', 'ZXQ1'],
    ['two words an edit came between', 'intelligence service', 'intelligence and security service', 'intelligence service'],
  ])('drops %s', (_, before, after, marked) => {
    expect(followSpans(spansOf(before, marked), before, after)).toEqual([]);
  });
});
