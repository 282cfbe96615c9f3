import { describe, expect, it } from 'vitest';
import { parseXml } from '../../pipeline/core/parse-xml.js';
import { childElements, textOf } from '../../output/read-xml.js';

describe('parseXml', () => {
  it.each([
    ['a mismatched end tag', '<a>\n  <b>text</c>\n</a>', 'f.xml:2:'],
    ['an entity XML does not know', '<a>\n\n  <b>&nbsp;</b></a>', 'f.xml:3:3: not valid XML: entity not found:&nbsp;'],
    ['a second root', '<a/>\n<b/>', 'f.xml:2:1: not valid XML'],
    ['no root element', '', 'f.xml: not valid XML: missing root element'],
  ])('%s is one line naming the file and line', (_name, xml, where) => {
    expect(() => parseXml(xml, 'f.xml')).toThrow(where);
    try {
      parseXml(xml, 'f.xml');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('returns the root element, whose nodes know their lines', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a>\n  <b/>\n</a>', 'f.xml');
    expect([root.localName, childElements(root, 'b')[0]?.lineNumber]).toEqual(['a', 3]);
  });
});

describe('textOf', () => {
  it('joins the text of inline elements and leaves out native codes', () => {
    const root = parseXml('<t xmlns="urn:x">A <g id="1">bold <mrk mtype="x">word</mrk></g><ph id="2">&lt;br/&gt;</ph><bpt i="1">{b}</bpt>, <![CDATA[x < y]]>.</t>', 'f.xml');
    expect(textOf(root)).toBe('A bold word, x < y.');
  });
});
