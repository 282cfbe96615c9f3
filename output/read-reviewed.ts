import { InputError } from '../pipeline/core/errors.js';
import { readJsonl } from './read-jsonl.js';
import { readTmx } from './read-tmx.js';
import { readXliff } from './read-xliff.js';
import { readXliff2 } from './read-xliff2.js';
import { parseXml } from '../pipeline/core/parse-xml.js';
import { lineOf } from './read-xml.js';
import type { ReviewedFile } from './reviewed-file.js';

/**
 * Any file Lektor wrote for review (XLIFF 1.2, XLIFF 2.x, TMX, JSONL), told apart by its
 * contents rather than its name: CAT tools save under names of their own.
 */
export function readReviewedFile(text: string, file: string): ReviewedFile {
  const body = text.replace(/^\uFEFF/, '');
  if (file.endsWith('.jsonl') || body.trimStart().startsWith('{')) return readJsonl(body, file);
  const root = parseXml(body, file);
  const version = root.getAttribute('version') ?? '';
  if (root.localName === 'xliff' && version.startsWith('1.')) return readXliff(root, file);
  if (root.localName === 'xliff' && version.startsWith('2.')) return readXliff2(root, file);
  if (root.localName === 'tmx') return readTmx(root, file);
  const what = root.localName === 'xliff' ? `XLIFF version "${version}"` : `<${root.localName}>`;
  throw new InputError({ file, line: lineOf(root) }, `${what}: Lektor imports reviews from XLIFF 1.2 or 2.x, TMX and JSONL`);
}
