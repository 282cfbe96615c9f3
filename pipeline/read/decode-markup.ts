import iconv from 'iconv-lite';
import type { MarkupFormat } from '../core/doc.js';
import { InputError } from '../core/errors.js';
import { lineOfFirstInvalidByte, refuseBinary } from '../core/decode-article.js';

export interface DecodedMarkup {
  readonly source: string;
  /** WHATWG name of the charset the bytes were decoded from. */
  readonly encoding: string;
  readonly bomStripped: boolean;
}

const BOMS: readonly (readonly [bytes: readonly number[], encoding: string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];
/** `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">` in the first 1024 bytes, as browsers prescan. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** The page's declared charset, as a browser would take it; undefined when none is declared. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return META_CHARSET.exec(head)?.[1];
}

/**
 * Bytes of a Markdown or HTML article → its text as written (no line endings or Unicode forms
 * changed, so the file can be written back byte for byte). The charset comes from a byte-order
 * mark, else for HTML a `<meta charset>`, else UTF-8; what is not text in that charset is an error.
 */
export function decodeMarkup(bytes: Uint8Array, file: string, format: MarkupFormat): DecodedMarkup {
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  const label = bom?.[1] ?? (format === 'html' ? declaredCharset(bytes) : undefined) ?? 'utf-8';
  const decoder = (() => {
    try {
      return new TextDecoder(label, { fatal: true });
    } catch (cause) {
      throw new InputError({ file }, `unknown charset "${label}" in <meta charset>`, { cause });
    }
  })();
  const encoding = decoder.encoding;
  if (!encoding.startsWith('utf-16')) refuseBinary(bytes, file, `${format === 'html' ? 'HTML' : 'Markdown'} text`);
  try {
    // Node 20's TextDecoder names legacy charsets right but reads windows-1252 as ISO-8859-1.
    const source = encoding === 'utf-8' || encoding.startsWith('utf-16') || !iconv.encodingExists(encoding) ? decoder.decode(bytes) : iconv.decode(Buffer.from(bytes), encoding);
    return { source, encoding, bomStripped: bom !== undefined };
  } catch (cause) {
    const where = encoding === 'utf-8' ? lineOfFirstInvalidByte(bytes) : undefined;
    throw new InputError({ file, ...where }, `invalid ${encoding}${bom || encoding !== 'utf-8' ? '' : ' (declare the charset with <meta charset> or a byte-order mark)'}`, { cause });
  }
}
