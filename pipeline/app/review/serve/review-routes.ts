import type { FastifyInstance, FastifyReply } from 'fastify';
import { refuseOtherMethods } from '../../http/method-not-allowed.js';
import { stringFieldsBody } from '../../http/string-fields-body.js';
import { knownArticle, type ArticleParams } from './article-name.js';
import { editorIndex, editorPage } from './editor-pages.js';
import { addModelSuggestionRoutes } from './model-suggestion-routes.js';
import { proposeGlossaryTerm, TERM_PROPOSAL_FIELDS, TERM_PROPOSAL_OPTIONAL_FIELDS, type GlossaryTermRequest } from './propose-glossary-term.js';
import { checkSegment, SEGMENT_CHECK_FIELDS, type SegmentCheck } from './check-segment.js';
import { revertSegment, SEGMENT_REVERT_FIELDS, type SegmentRevert } from './revert-segment.js';
import { saveSegment, SEGMENT_EDIT_FIELDS, type SegmentEdit } from './save-segment.js';
import { CONCORDANCE_FIELDS, searchConcordance, type ConcordanceAsk } from './search-concordance.js';
import type { ServeContext } from './serve-context.js';
import { PROPAGATION_UNDO_FIELDS, undoPropagatedSegment, type PropagationUndo } from './undo-propagation.js';

const INDEX_PATHS = ['/', '/index.html'];
const PAGE_PATH = '/:name.review.html';
const SAVE_PATH = '/api/articles/:name/segments/:segment(^s\\d+$)';
const REVERT_PATH = `${SAVE_PATH}/revert`;
const CHECK_PATH = `${SAVE_PATH}/check`;
const UNDO_PROPAGATION_PATH = `${SAVE_PATH}/undo-propagation`;
const PROPOSE_PATH = '/api/articles/:name/glossary';
const CONCORDANCE_PATH = '/api/articles/:name/concordance';

const html = (reply: FastifyReply, page: string): FastifyReply => reply.type('text/html; charset=utf-8').send(page);

type SegmentParams = ArticleParams & { segment: string };

/** The index's search of every article (`?q=`), as its form sends it. */
interface IndexQuery {
  readonly q?: string;
}

const INDEX_QUERY = { type: 'object', properties: { q: { type: 'string', maxLength: 200 } } } as const;

/**
 * Everything the review server answers, and 405 for another method on these paths. Pages are
 * rendered from the records on each request, so they are always current; no file of the folder
 * is ever read by a path taken from the request. HEAD is one of the other methods, as it always was.
 */
export function addReviewRoutes(app: FastifyInstance, ctx: ServeContext): void {
  const article = knownArticle(ctx.outDir);
  for (const url of INDEX_PATHS) {
    app.get<{ Querystring: IndexQuery }>(url, { exposeHeadRoute: false, schema: { querystring: INDEX_QUERY } }, async (request, reply) =>
      html(reply, await editorIndex(ctx.outDir, ctx.now(), request.query.q)),
    );
  }
  app.get<{ Params: ArticleParams }>(PAGE_PATH, { exposeHeadRoute: false, onRequest: article }, async (request, reply) =>
    html(reply, await editorPage(ctx.outDir, request.params.name, ctx.token, ctx.now(), ctx.model !== undefined)),
  );
  app.post<{ Params: SegmentParams; Body: SegmentEdit }>(
    SAVE_PATH,
    { onRequest: article, ...stringFieldsBody(SEGMENT_EDIT_FIELDS) },
    async (request) => saveSegment(ctx, request.params.name, request.params.segment, request.body),
  );
  app.post<{ Params: SegmentParams; Body: SegmentRevert }>(REVERT_PATH, { onRequest: article, ...stringFieldsBody(SEGMENT_REVERT_FIELDS) }, async (request) =>
    revertSegment(ctx, request.params.name, request.params.segment, request.body),
  );
  app.post<{ Params: SegmentParams; Body: PropagationUndo }>(UNDO_PROPAGATION_PATH, { onRequest: article, ...stringFieldsBody(PROPAGATION_UNDO_FIELDS) }, async (request) =>
    undoPropagatedSegment(ctx, request.params.name, request.params.segment, request.body),
  );
  app.post<{ Params: SegmentParams; Body: SegmentCheck }>(CHECK_PATH, { onRequest: article, ...stringFieldsBody(SEGMENT_CHECK_FIELDS) }, async (request) =>
    checkSegment(ctx, request.params.name, request.params.segment, request.body),
  );
  app.post<{ Params: ArticleParams; Body: GlossaryTermRequest }>(PROPOSE_PATH, { onRequest: article, ...stringFieldsBody(TERM_PROPOSAL_FIELDS, TERM_PROPOSAL_OPTIONAL_FIELDS) }, async (request) =>
    proposeGlossaryTerm(ctx, request.params.name, request.body),
  );
  app.post<{ Params: ArticleParams; Body: ConcordanceAsk }>(CONCORDANCE_PATH, { onRequest: article, ...stringFieldsBody(CONCORDANCE_FIELDS) }, async (request) =>
    searchConcordance(ctx, request.params.name, request.body),
  );
  addModelSuggestionRoutes(app, ctx, SAVE_PATH);
  for (const url of [...INDEX_PATHS, PAGE_PATH]) refuseOtherMethods(app, url, ['GET']);
  for (const url of [SAVE_PATH, REVERT_PATH, UNDO_PROPAGATION_PATH, CHECK_PATH, PROPOSE_PATH, CONCORDANCE_PATH]) refuseOtherMethods(app, url, ['POST']);
}
