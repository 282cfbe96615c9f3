import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { readXliff2 } from '../../output/read-xliff2.js';
import { parseXml } from '../../pipeline/core/parse-xml.js';
import render from '../../output/xliff2.js';
import { elementById, retooled } from '../helpers/dom-tool.js';
import { RENDER_OPTIONS } from './review-doc.js';
import { reviewedDoc, unitsOf, withoutLines } from './reviewed-units.js';

const FILE = 'review-doc.xliff2.xlf';
const read = (xliff: string) => readXliff2(parseXml(xliff, FILE), FILE);
const written = () => render(reviewedDoc(), RENDER_OPTIONS);
const XLIFF_2 = 'urn:oasis:names:tc:xliff:document:2.0';

const segmentOf = (unit: Element): Element => unit.getElementsByTagNameNS(XLIFF_2, 'segment')[0] as Element;

describe('readXliff2', () => {
  it("reads back every unit the writer wrote, by id, with the article from <file original>; a person's English (state reviewed) is approved", () => {
    expect(withoutLines(read(written()))).toEqual({ article: 'review-doc', units: unitsOf(reviewedDoc()) });
  });

  it('after a DOM-based tool: re-indented, a target changed, states set to reviewed and final, an inline <mrk>', () => {
    const xliff = retooled(written(), (doc) => {
      const unit = (id: string) => elementById(doc, XLIFF_2, 'unit', id);
      const s3 = segmentOf(unit('s0003'));
      s3.setAttribute('state', 'final');
      const target = s3.getElementsByTagNameNS(XLIFF_2, 'target')[0] as Element;
      target.textContent = 'The suspicion: possible ';
      const mrk = doc.createElementNS(XLIFF_2, 'mrk');
      mrk.setAttribute('id', 'm1');
      mrk.setAttribute('translate', 'no');
      mrk.textContent = 'spying';
      target.appendChild(mrk);
      target.appendChild(doc.createTextNode(' at Alibaba.'));
      segmentOf(unit('s0004')).setAttribute('state', 'reviewed');
    });
    expect(xliff).toContain('\t\t\t<unit id="s0003"');
    const units = read(xliff).units;
    expect(units.filter((u) => u.approved).map((u) => u.segment)).toEqual(['s0001', 's0003', 's0004']);
    expect(units.find((u) => u.segment === 's0003')?.target).toBe('The suspicion: possible spying at Alibaba.');
  });

  it("a unit a tool split into segments and ignorables reads as their text joined; it is approved only when every segment is", () => {
    const split = [
      '<segment state="reviewed"><source>Der Verdacht:</source><target>The suspicion:</target></segment>',
      '<ignorable><source> </source></ignorable>',
      '<segment state="translated"><source>mögliche Spionage bei Alibaba.</source><target>possible spying at Alibaba.</target></segment>',
    ].join('');
    const xliff = written().replace(/(<unit id="s0003"[^>]*>[\s\S]*?)<segment[\s\S]*?<\/segment>/, `$1${split}`);
    expect(read(xliff).units.find((u) => u.segment === 's0003')).toMatchObject({
      source: 'Der Verdacht: mögliche Spionage bei Alibaba.',
      target: 'The suspicion: possible spying at Alibaba.',
      approved: false,
    });
    expect(read(xliff.replace('<segment state="translated"><source>mögliche', '<segment state="final"><source>mögliche')).units.find((u) => u.segment === 's0003')?.approved).toBe(true);
  });

  it('a unit without a <target> has empty English', () => {
    expect(read(written()).units.find((u) => u.segment === 's0006')).toMatchObject({ target: '', approved: false });
  });

  it.each([
    ['a unit without an id', (x: string) => x.replace('<unit id="s0004" ', '<unit '), 'review-doc.xliff2.xlf:72: <unit> without an id: Lektor can only import the units it wrote'],
    ['a segment without a source', (x: string) => x.replace('<source>12:07</source>', ''), 'review-doc.xliff2.xlf:39: <segment> of unit s0002 has no <source>'],
    ['a <file> without original', (x: string) => x.replace(' original="review-doc.txt"', ''), 'review-doc.xliff2.xlf:3: <file> without an original: it names the article Lektor translated'],
  ])('%s is one line naming the file and line', (_name, change, message) => {
    expect(() => read(change(written()))).toThrow(message);
  });
});
