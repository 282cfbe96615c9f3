import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../pipeline/core/decode-article.js';
import { InputError } from '../../pipeline/core/errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('strips a BOM and records it', () => {
    const { text, normalisation } = decodeArticle(utf8('\uFEFFHallo'), 'a.txt');
    expect(text).toBe('Hallo');
    expect(normalisation).toEqual({ bomStripped: true, lineEndingsNormalised: 0, nfcChanged: false });
  });

  it('turns CRLF and lone CR into LF and counts them', () => {
    const { text, normalisation } = decodeArticle(utf8('a\r\nb\rc\n'), 'a.txt');
    expect(text).toBe('a\nb\nc\n');
    expect(normalisation.lineEndingsNormalised).toBe(2);
  });

  it('normalises decomposed umlauts to NFC', () => {
    const { text, normalisation } = decodeArticle(utf8('Lu\u0308ttich'), 'a.txt');
    expect(text).toBe('Lüttich');
    expect(normalisation.nfcChanged).toBe(true);
  });

  it('rejects invalid UTF-8 naming file and line', () => {
    const bytes = new Uint8Array([...utf8('erste Zeile\nzweite '), 0xfc, ...utf8('ber')]);
    expect(() => decodeArticle(bytes, 'bad.txt')).toThrowError(new InputError({ file: 'bad.txt', line: 2 }, 'invalid UTF-8, expected UTF-8 text'));
    expect(() => decodeArticle(bytes, 'bad.txt')).toThrow('bad.txt:2: invalid UTF-8, expected UTF-8 text');
  });

  it('rejects binary input', () => {
    expect(() => decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x00]), 'x.zip')).toThrow('x.zip: binary file (NUL byte at offset 3), expected UTF-8 text');
  });
});
