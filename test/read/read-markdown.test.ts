import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../pipeline/read/read-markdown.js';

const texts = (source: string) => readMarkdown(source, 'a.md').map((b) => [b.kind, b.text]);

describe('readMarkdown', () => {
  it('takes headings, paragraphs, list items, quotes, table cells and image alt text', () => {
    const source = [
      '# Der Titel',
      '',
      'Ein Absatz mit *Betonung*.',
      '',
      '- Punkt eins',
      '  - Punkt zwei',
      '',
      '> Ein Zitat.',
      '',
      '| Spalte | Wert |',
      '|---|---|',
      '| Zelle | ![Ein Bild](bild.png) |',
      '',
    ].join('\n');
    expect(texts(source)).toEqual([
      ['heading', 'Der Titel'],
      ['paragraph', 'Ein Absatz mit Betonung.'],
      ['paragraph', 'Punkt eins'],
      ['paragraph', 'Punkt zwei'],
      ['paragraph', 'Ein Zitat.'],
      ['paragraph', 'Spalte'],
      ['paragraph', 'Wert'],
      ['paragraph', 'Zelle'],
      ['paragraph', 'Ein Bild'],
    ]);
  });

  it('leaves code blocks, raw HTML blocks, URLs and front matter other than its title alone', () => {
    const source = ['---', 'title: "Der \\"Titel\\""', 'autor: Hans Meier', '---', '', '```', 'Der Code', '```', '', '<div>Das HTML</div>', '', 'Siehe [hier](https://beispiel.de/Seite).', ''].join('\n');
    expect(texts(source)).toEqual([
      ['heading', 'Der "Titel"'],
      ['paragraph', 'Siehe hier.'],
    ]);
  });

  it('takes double-quoted link and image titles, the link text first', () => {
    expect(texts('Siehe [die Seite](https://beispiel.de "Ein Titel") und ![Ein Bild](b.png "Bildtitel").\n').sort()).toEqual([
      ['paragraph', 'Bildtitel'],
      ['paragraph', 'Ein Bild'],
      ['paragraph', 'Ein Titel'],
      ['paragraph', 'Siehe die Seite und .'],
    ]);
  });

  it('records inline markup as written, with code spans standing alone', () => {
    const [block] = readMarkdown('Ein **fettes** Wort und `code` hier.\n', 'a.md');
    expect(block!.marks.map((m) => [m.type, m.paired, m.open, m.close, block!.text.slice(m.start, m.end)])).toEqual([
      ['bold', true, '**', '**', 'fettes'],
      ['code', false, '`code`', '', 'code'],
    ]);
  });

  it('aligns the text with the file through escapes, entities and line prefixes', () => {
    const source = '> Erste \\* Zeile &amp;\n> zweite Zeile\n';
    const [block] = readMarkdown(source, 'a.md');
    expect(block!.text).toBe('Erste * Zeile & zweite Zeile');
    for (const run of block!.runs) {
      const written = source.slice(run.sourceStart, run.sourceEnd);
      const text = block!.text.slice(run.start, run.end);
      if (written.length === text.length) expect(written).toBe(text);
    }
    expect(source.slice(block!.sourceStart, block!.sourceEnd)).toBe('Erste \\* Zeile &amp;\n> zweite Zeile');
  });
});
