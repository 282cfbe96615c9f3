import { listArticles } from '../article-record.js';
import { HttpError } from './http-error.js';

/**
 * The article a path names, if the folder has it: only names read from the folder's own records
 * are ever turned back into file paths, so no path can reach outside it (`..`, `.lektor/…`).
 */
export async function articleName(outDir: string, encoded: string): Promise<string> {
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    throw new HttpError(404, 'no such article');
  }
  if (!(await listArticles(outDir)).includes(name)) throw new HttpError(404, `no article "${name}" here`);
  return name;
}
