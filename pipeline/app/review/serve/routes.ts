import type { IncomingMessage } from 'node:http';
import { articleName } from './article-name.js';
import { editorIndex, editorPage } from './editor-pages.js';
import { HttpError } from './http-error.js';
import { proposeGlossaryTerm } from './propose-glossary-term.js';
import { readJsonBody } from './read-json-body.js';
import { html, type Reply } from './reply.js';
import { saveSegment } from './save-segment.js';
import type { ServeContext } from './serve-context.js';

interface Route {
  readonly method: 'GET' | 'POST';
  /** Matched against the raw (still percent-encoded) path; groups are its parameters. */
  readonly path: RegExp;
  handle(ctx: ServeContext, params: readonly string[], request: IncomingMessage): Promise<Reply>;
}

/**
 * Everything the server answers. Pages are rendered from the records on each request, so they
 * are always current; no file of the folder is ever read by a path taken from the request.
 */
const ROUTES: readonly Route[] = [
  { method: 'GET', path: /^\/(?:index\.html)?$/, handle: async (ctx) => html(await editorIndex(ctx.outDir, ctx.now())) },
  {
    method: 'GET',
    path: /^\/([^/]+)\.review\.html$/,
    handle: async (ctx, [name]) => html(await editorPage(ctx.outDir, await articleName(ctx.outDir, name!), ctx.token, ctx.now())),
  },
  {
    method: 'POST',
    path: /^\/api\/articles\/([^/]+)\/segments\/(s\d+)$/,
    handle: async (ctx, [name, segment], request) => saveSegment(ctx, await articleName(ctx.outDir, name!), segment!, await readJsonBody(request, ctx.maxBodyBytes)),
  },
  {
    method: 'POST',
    path: /^\/api\/articles\/([^/]+)\/glossary$/,
    handle: async (ctx, [name], request) => proposeGlossaryTerm(ctx, await articleName(ctx.outDir, name!), await readJsonBody(request, ctx.maxBodyBytes)),
  },
];

/** The answer to an allowed request: its route's, 405 for a known path with another method, else 404. */
export async function route(ctx: ServeContext, request: IncomingMessage, pathname: string): Promise<Reply> {
  const matching = ROUTES.flatMap((r) => {
    const match = r.path.exec(pathname);
    return match ? [{ route: r, params: match.slice(1) }] : [];
  });
  if (matching.length === 0) throw new HttpError(404, 'not found');
  const hit = matching.find((m) => m.route.method === request.method);
  if (!hit) throw new HttpError(405, `use ${matching.map((m) => m.route.method).join(' or ')}`);
  return hit.route.handle(ctx, hit.params, request);
}
