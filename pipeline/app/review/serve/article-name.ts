import type { FastifyRequest } from 'fastify';
import { HttpError } from '../../http/http-error.js';
import { listArticles } from '../article-record.js';

/** The parameter of a path that names an article, decoded. */
export interface ArticleParams {
  readonly name: string;
}

/**
 * Refuses (404) a path whose `:name` is not an article in the folder, before its body is read:
 * only names read from the folder's own records are ever turned back into file paths, so no path
 * can reach outside it (`..`, `.lektor/…`).
 */
export function knownArticle(outDir: string): (request: FastifyRequest<{ Params: ArticleParams }>) => Promise<void> {
  return async (request) => {
    const { name } = request.params;
    if (!(await listArticles(outDir)).includes(name)) throw new HttpError(404, `no article "${name}" here`);
  };
}
