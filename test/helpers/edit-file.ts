import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A copy of `file` at `to` with each `[from, replacement]` applied once, as a person in a CAT tool
 * or a script would leave it; fails loudly when a writer changed under the test.
 */
export async function editedCopy(file: string, to: string, edits: readonly (readonly [from: string | RegExp, replacement: string])[]): Promise<string> {
  let text = await readFile(file, 'utf8');
  for (const [from, replacement] of edits) {
    if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`editedCopy: ${String(from)} is not in ${file}`);
    text = text.replace(from, replacement);
  }
  await mkdir(path.dirname(to), { recursive: true });
  await writeFile(to, text);
  return to;
}
