import { describe, expect, it } from 'vitest';
import { classifyGroup } from '../../pipeline/segmenter/classify.js';
import type { LineGroup } from '../../pipeline/segmenter/line-groups.js';

const classify = (text: string, group: Partial<LineGroup> = {}) =>
  classifyGroup(text, { start: 0, end: text.length, lines: 1, ...group }).map((p) => [p.kind, text.slice(p.start, p.end)]);

describe('classifyGroup', () => {
  it.each([
    ['Verdächtige Software', [['heading', 'Verdächtige Software']]],
    ['"De-Risking" gegenüber China', [['heading', '"De-Risking" gegenüber China']]],
    ['„Wir bleiben“', [['heading', '„Wir bleiben“']]],
    ['Stand: 05.10.2023 12:07 Uhr', [['dateline', 'Stand: 05.10.2023 12:07 Uhr']]],
    ['Spionage in Belgien Stand: 05.10.2023 12:07 Uhr', [['heading', 'Spionage in Belgien'], ['dateline', 'Stand: 05.10.2023 12:07 Uhr']]],
    ['Die Firma schweigt.', [['paragraph', 'Die Firma schweigt.']]],
    ['Was nun?', [['paragraph', 'Was nun?']]],
    ['Die Forderungen:', [['paragraph', 'Die Forderungen:']]],
    ['-', [['paragraph', '-']]],
    ['Berlin (dpa) - Die Regierung plant.', [['dateline', 'Berlin (dpa) -'], ['paragraph', 'Die Regierung plant.']]],
    [`${'Sehr lange Zeile ohne Punkt '.repeat(6)}`.trim(), [['paragraph', `${'Sehr lange Zeile ohne Punkt '.repeat(6)}`.trim()]]],
  ])('%j', (text, parts) => expect(classify(text)).toEqual(parts));

  it('makes a group of several lines a paragraph', () => {
    expect(classify('Die Firma\nschweigt', { lines: 2 })).toEqual([['paragraph', 'Die Firma\nschweigt']]);
  });

  it('makes a list item a paragraph whose text starts after the marker', () => {
    expect(classifyGroup('1. Datenschutz', { start: 0, end: 14, lines: 1, listMarkerEnd: 2 })).toEqual([
      { start: 0, end: 14, kind: 'paragraph', bodyStart: 2 },
    ]);
  });
});
