import { describe, expect, it } from 'vitest';
import { continuesInLowerCase, endsOpen } from '../../pipeline/segmenter/wrapped-lines.js';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('endsOpen', () => {
  it.each(['Die Zahl stieg während der', 'Andere', 'Der Rat stimmte für den', 'Sie kam und', `${'x'.repeat(50)} der`])('valid: %j', (line) =>
    expect(endsOpen(line, whole(line))).toBe(true),
  );
  it.each(['Hintergrund', 'Check-in', 'und/oder', 'Die Schule bleibt zu', 'So geht das', 'während der.', `${'x'.repeat(50)}der`])(
    'invalid: %j',
    (line) => expect(endsOpen(line, whole(line))).toBe(false),
  );
});

describe('continuesInLowerCase', () => {
  const lines = (first: string, second: string) => {
    const text = `${first}\n${second}`;
    return [text, { start: 0, end: first.length }, { start: first.length + 1, end: text.length }] as const;
  };
  it.each([
    ['Die Zahl stieg während', 'der ersten drei Monate'],
    ['Das kostet 5 Mio.', 'mehr als geplant'],
    ['Thunfisch, Lachs,', 'z. B. aus Norwegen'],
  ])('valid: %j then %j', (first, second) => expect(continuesInLowerCase(...lines(first, second))).toBe(true));
  it.each([
    ['Die Forderungen:', 'mehr Kontrollen'],
    ['Neues Modell', 'iPhone 16 kommt'],
    ['Neues Modell', 'eBay wächst'],
    ['Hintergrund', 'Die Regierung plant'],
    ['Hintergrund', '2024 ging es los'],
  ])('invalid: %j then %j', (first, second) => expect(continuesInLowerCase(...lines(first, second))).toBe(false));
});
