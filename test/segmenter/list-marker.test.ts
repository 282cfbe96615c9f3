import { describe, expect, it } from 'vitest';
import { followingMarker, listMarkerEnd } from '../../pipeline/segmenter/list-marker.js';

const marker = (line: string) => {
  const end = listMarkerEnd(line, { start: 0, end: line.length });
  return end === undefined ? undefined : line.slice(0, end);
};

describe('listMarkerEnd', () => {
  it.each([
    ['1. Datenschutz', '1.'],
    ['12) Spionage', '12)'],
    ['a) erstens', 'a)'],
    ['• mehr Kontrollen', '•'],
    ['- weniger Bürokratie', '-'],
    ['– strengere Gesetze', '–'],
    ['* Fußnote', '*'],
  ])('valid: %j has marker %j', (line, expected) => expect(marker(line)).toBe(expected));

  it.each(['3. Oktober 2023', '5. Okt. 2023', '-', '1.', '1.Datenschutz', 'z. B. so', '2023. Das', 'Die Punkte'])(
    'invalid: %j has none',
    (line) => expect(marker(line)).toBeUndefined(),
  );

  it.each([
    ['1.', '2.'],
    ['9)', '10)'],
    ['a)', 'b)'],
    ['B)', 'C)'],
    ['•', '•'],
    ['-', '-'],
  ])('the marker after %j is %j', (marker, next) => expect(followingMarker(marker)).toBe(next));
});
