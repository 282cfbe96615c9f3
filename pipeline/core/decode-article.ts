import type { Normalisation } from './doc.js';
import { InputError } from './errors.js';

export interface DecodedText {
  readonly text: string;
  readonly normalisation: Normalisation;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes → the text every offset refers to. Rejects what is not UTF-8 text rather than guessing,
 * since a mis-decoded article would be translated into confident nonsense.
 */
export function decodeArticle(bytes: Uint8Array, file: string): DecodedText {
  refuseBinary(bytes, file, 'UTF-8 text');
  let raw: string;
  try {
    raw = strictUtf8.decode(bytes);
  } catch (cause) {
    throw new InputError({ file, ...lineOfFirstInvalidByte(bytes) }, 'invalid UTF-8, expected UTF-8 text', { cause });
  }
  const bomStripped = raw.startsWith('\uFEFF');
  const noBom = bomStripped ? raw.slice(1) : raw;
  let lineEndingsNormalised = 0;
  const lf = noBom.replace(/\r\n?/g, () => {
    lineEndingsNormalised++;
    return '\n';
  });
  const text = lf.normalize('NFC');
  return { text, normalisation: { bomStripped, lineEndingsNormalised, nfcChanged: text !== lf } };
}

/** Text never holds a NUL byte (but in UTF-16): one there means a binary file, refused before decoding. */
export function refuseBinary(bytes: Uint8Array, file: string, expected: string): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError({ file }, `binary file (NUL byte at offset ${nul}), expected ${expected}`);
}

export function lineOfFirstInvalidByte(bytes: Uint8Array): { line: number } | undefined {
  // Feed byte by byte to a streaming decoder: linear, and the throw marks the first bad byte.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: i + 1 < bytes.length });
    } catch {
      return { line };
    }
    if (bytes[i] === 0x0a) line++;
  }
  return undefined;
}
