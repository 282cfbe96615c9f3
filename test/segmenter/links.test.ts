import { describe, expect, it } from 'vitest';
import { linksIn } from '../../pipeline/segmenter/links.js';

const found = (word: string) => linksIn(word).map((l) => word.slice(l.start, l.end));

describe('linksIn', () => {
  it.each([
    ['www.Beispiel.de', ['www.Beispiel.de']],
    ['max.Mustermann@firma.de', ['max.Mustermann@firma.de']],
    ['https://example.com/suche?Begriff=Spionage', ['https://example.com/suche?Begriff=Spionage']],
    ['example.com/Seite.Neu', ['example.com/Seite.Neu']],
    ['(www.example.de).', ['www.example.de']],
    ['Beispiel!Eins@example.com.', ['Beispiel!Eins@example.com']],
    ['(Leser!Briefe@example.de)', ['Leser!Briefe@example.de']],
    ['Wer?Wie@example.org', ['Wer?Wie@example.org']],
  ])('valid: %j', (word, links) => expect(found(word)).toEqual(links));

  it.each(['gesagt.Im', 'Sitzung.Anschließend', 'tagesschau.de', 'Alibaba.com', 'und/oder', 'z.B.'])('invalid: %j', (word) => {
    expect(found(word)).toEqual([]);
  });
});
