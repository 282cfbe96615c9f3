import { describe, expect, it } from 'vitest';
import { countXmlIllegal, removedCharsNote, xmlSafe } from '../../pipeline/core/xml-text.js';

describe('xml-text', () => {
  it.each([
    ['C0 controls', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'abcdefg', 6],
    ['lone surrogates', 'a\uD800b\uDC00c', 'abc', 2],
    ['non-characters', 'a\uFFFEb\uFFFFc', 'abc', 2],
  ])('removes %s', (_name, text, safe, count) => {
    expect(xmlSafe(text)).toBe(safe);
    expect(countXmlIllegal(text)).toBe(count);
  });

  it.each([
    ['tab, LF and CR', 'a\tb\nc\rd'],
    ['umlauts and „quotes“', 'Über „Spionage“'],
    ['emoji (surrogate pairs)', 'Alibaba 😀🇧🇪'],
    ['C1 controls and private use', 'a\u0085b\uE000c'],
  ])('keeps %s', (_name, text) => {
    expect(xmlSafe(text)).toBe(text);
    expect(countXmlIllegal(text)).toBe(0);
  });

  it('pre-escapes every ampersand, so entity-shaped text survives xmlbuilder2', () => {
    expect(xmlSafe('AT&T &amp; &nbsp; &#123;')).toBe('AT&amp;T &amp;amp; &amp;nbsp; &amp;#123;');
  });

  it('counts across several texts and says how many it removed', () => {
    expect(countXmlIllegal('a\u0001', 'b\u0002\u0003')).toBe(3);
    expect(removedCharsNote(1)).toBe('Lektor removed 1 XML-illegal control character from this segment.');
    expect(removedCharsNote(3)).toBe('Lektor removed 3 XML-illegal control characters from this segment.');
  });
});
