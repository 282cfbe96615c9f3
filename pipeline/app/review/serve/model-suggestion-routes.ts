import type { FastifyInstance } from 'fastify';
import { refuseOtherMethods } from '../../http/method-not-allowed.js';
import { stringFieldsBody } from '../../http/string-fields-body.js';
import { knownArticle, type ArticleParams } from './article-name.js';
import { COMPLETION_FIELDS, completeSegment, segmentAlternatives, type CompletionAsk } from './model-suggestions.js';
import type { ServeContext } from './serve-context.js';

type SegmentParams = ArticleParams & { segment: string };

/**
 * The editor's helpers under a sentence's path (`segmentPath`, the one saves go to): `/complete`
 * and `/alternatives`, answered 202 `{"state": "loading"}` until the run's model is loaded, then
 * 200 `{"state": "ready", …}`; 503 where the model cannot be opened, 409 with `--no-model`.
 */
export function addModelSuggestionRoutes(app: FastifyInstance, ctx: ServeContext, segmentPath: string): void {
  const article = knownArticle(ctx.outDir);
  const completePath = `${segmentPath}/complete`;
  const alternativesPath = `${segmentPath}/alternatives`;
  app.post<{ Params: SegmentParams; Body: CompletionAsk }>(completePath, { onRequest: article, ...stringFieldsBody(COMPLETION_FIELDS) }, async (request, reply) => {
    const answer = await completeSegment(ctx, request.params.name, request.params.segment, request.body);
    return reply.code(answer.state === 'loading' ? 202 : 200).send(answer);
  });
  app.post<{ Params: SegmentParams }>(alternativesPath, { onRequest: article, ...stringFieldsBody([]) }, async (request, reply) => {
    const answer = await segmentAlternatives(ctx, request.params.name, request.params.segment);
    return reply.code(answer.state === 'loading' ? 202 : 200).send(answer);
  });
  for (const url of [completePath, alternativesPath]) refuseOtherMethods(app, url, ['POST']);
}
