import type { FastifyInstance, FastifyReply } from 'fastify';
import { refuseOtherMethods } from '../../http/method-not-allowed.js';
import { stringFieldsBody } from '../../http/string-fields-body.js';
import type { TermProposal } from '../propose-term.js';
import { knownArticle, type ArticleParams } from './article-name.js';
import { editorIndex, editorPage } from './editor-pages.js';
import { proposeGlossaryTerm, TERM_PROPOSAL_FIELDS } from './propose-glossary-term.js';
import { saveSegment, SEGMENT_EDIT_FIELDS, type SegmentEdit } from './save-segment.js';
import type { ServeContext } from './serve-context.js';

const INDEX_PATHS = ['/', '/index.html'];
const PAGE_PATH = '/:name.review.html';
const SAVE_PATH = '/api/articles/:name/segments/:segment(^s\\d+$)';
const PROPOSE_PATH = '/api/articles/:name/glossary';

const html = (reply: FastifyReply, page: string): FastifyReply => reply.type('text/html; charset=utf-8').send(page);

/**
 * Everything the review server answers, and 405 for another method on these paths. Pages are
 * rendered from the records on each request, so they are always current; no file of the folder
 * is ever read by a path taken from the request. HEAD is one of the other methods, as it always was.
 */
export function addReviewRoutes(app: FastifyInstance, ctx: ServeContext): void {
  const article = knownArticle(ctx.outDir);
  for (const url of INDEX_PATHS) {
    app.get(url, { exposeHeadRoute: false }, async (_request, reply) => html(reply, await editorIndex(ctx.outDir, ctx.now())));
  }
  app.get<{ Params: ArticleParams }>(PAGE_PATH, { exposeHeadRoute: false, onRequest: article }, async (request, reply) =>
    html(reply, await editorPage(ctx.outDir, request.params.name, ctx.token, ctx.now())),
  );
  app.post<{ Params: ArticleParams & { segment: string }; Body: SegmentEdit }>(
    SAVE_PATH,
    { onRequest: article, ...stringFieldsBody(SEGMENT_EDIT_FIELDS) },
    async (request) => saveSegment(ctx, request.params.name, request.params.segment, request.body),
  );
  app.post<{ Params: ArticleParams; Body: TermProposal }>(PROPOSE_PATH, { onRequest: article, ...stringFieldsBody(TERM_PROPOSAL_FIELDS) }, async (request) =>
    proposeGlossaryTerm(ctx, request.params.name, request.body),
  );
  for (const url of [...INDEX_PATHS, PAGE_PATH]) refuseOtherMethods(app, url, ['GET']);
  for (const url of [SAVE_PATH, PROPOSE_PATH]) refuseOtherMethods(app, url, ['POST']);
}
