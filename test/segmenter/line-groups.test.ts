import { describe, expect, it } from 'vitest';
import { groupLines } from '../../pipeline/segmenter/line-groups.js';
import { splitBlocks } from '../../pipeline/segmenter/lines.js';

function groupsOf(text: string) {
  const [block] = splitBlocks(text);
  return groupLines(text, block!).map((g) => ({ text: text.slice(g.start, g.end), item: g.listMarkerEnd !== undefined }));
}
const texts = (text: string) => groupsOf(text).map((g) => g.text);

describe('groupLines', () => {
  it.each([
    ['a hard-wrapped paragraph', 'Der belgische Geheimdienst hat einem Medienbericht\nzufolge das Logistikzentrum überwacht.'],
    ['a line ending in a hyphen', 'Die Sicherheits-\nbehörden ermitteln.'],
    ['a wrap before a long word', 'Die Behörde prüft seit\nSicherheitsüberprüfungsverfahren und mehr.'],
    ['a wrapped line that starts like a number', 'Der Verein belegte im Jahr 2023 Platz\n1. Damit stieg er auf.'],
    ['a short line ending in an article', 'Die Zahl stieg während der\nersten drei Monate des Jahres, wie das Amt am Montag mitteilte.'],
    ['a lone determiner', 'Andere\nFischsorten (z. B. Hering) weisen geringere Werte auf.'],
    ['a line continued in lower case in an unwrapped block', `${'Lang '.repeat(12)}im\nvergangenen Jahr ${'lang '.repeat(18)}Ende.`],
    ['a date after an article', 'Die Filiale schließt ab dem\n1. Juli.'],
  ])('joins %s', (_name, text) => expect(texts(text)).toEqual([text]));

  it.each([
    ['a heading above a paragraph', 'Verdächtige Software\nNach Informationen der Zeitung gehen die Behörden davon aus.', 2],
    ['lines of an unwrapped block', `${'Lang '.repeat(22)}Ende.\nNoch ein Absatz.`, 2],
    ['list items after a colon', 'Drei Punkte:\n1. Datenschutz\n2. Spionage', 3],
    ['bullets', '• mehr Kontrollen\n• strengere Gesetze', 2],
    ['numbered lines after a heading', 'Übung 4\n1. Der Zug ___ um 8 Uhr ab.\n2. Wann ___ du an?', 3],
    ['numbered lines after a longer line', 'Setzen Sie das passende Verb ein\n1. Ich ___ gern Tennis.\n2. Wir ___ ins Kino.', 3],
    ['items that start in lower case', 'Wer zahlt?\na) die Gemeinde\nb) das Land', 3],
    ['a lower-case line after a colon', 'Die Forderungen:\nmehr Lohn für alle Beschäftigten im Handel und in der Logistik', 2],
  ])('separates %s', (_name, text, count) => expect(texts(text)).toHaveLength(count));

  it('marks list items and keeps an item with its wrapped continuation', () => {
    expect(groupsOf('Die Punkte:\n1. Datenschutz und die Frage, wer\n   Zugriff hat.\n2. Spionage')).toEqual([
      { text: 'Die Punkte:', item: false },
      { text: '1. Datenschutz und die Frage, wer\n   Zugriff hat.', item: true },
      { text: '2. Spionage', item: true },
    ]);
  });
});
