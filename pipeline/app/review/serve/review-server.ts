import PQueue from 'p-queue';
import { newAccessToken } from '../../http/access-token.js';
import { httpApp } from '../../http/http-app.js';
import { listen } from '../../http/listen.js';
import { securityHeaders } from '../../http/security-headers.js';
import { tokenGuard } from '../../http/token-guard.js';
import { withFolderLock } from '../../deliver/folder-lock.js';
import { listArticles } from '../article-record.js';
import { memoryPool } from '../memory-pool.js';
import { reviewModel } from './review-model.js';
import { REVIEW_REFUSALS } from './review-refusals.js';
import { addReviewRoutes } from './review-routes.js';
import type { ServeContext } from './serve-context.js';
import { resolveServerOptions, type ReviewServerOptions } from './serve-options.js';

export interface ReviewServer {
  /** `http://127.0.0.1:<port>/?token=…`: the one address that lets a browser in. */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, lets the save in progress finish, closes the memories. */
  close(): Promise<void>;
}

/**
 * Serves an output folder of `lektor translate` for review in a browser on this machine: the
 * index and each article's review page as an editor, rendered from the article records, and the
 * API the pages save through (one save at a time, each through `reviseArticle`). Every request
 * must carry the printed token; see `tokenGuard` for the rest of the security model.
 */
export async function startReviewServer(outDir: string, options: ReviewServerOptions = {}): Promise<ReviewServer> {
  const { port: wanted, now, maxBodyBytes, memory, model, log, propagate } = resolveServerOptions(options);
  await listArticles(outDir);
  const queue = new PQueue({ concurrency: 1 });
  const ctx: ServeContext = {
    outDir,
    token: newAccessToken(),
    now,
    propagate,
    memories: memoryPool(memory),
    ...(model ? { model: reviewModel(model, outDir, log) } : {}),
    // Saves, reverts and proposals read the record and write it back: another process's change waits, and waits for them.
    exclusive: (change) => queue.add(() => withFolderLock(outDir, change)),
  };
  // A page's request is answered as a page, a script's change as JSON.
  const app = await httpApp({ maxBodyBytes, refusals: REVIEW_REFUSALS, asText: (request) => request.method !== 'POST' });
  await app.register(securityHeaders);
  await app.register(tokenGuard, { token: ctx.token });
  addReviewRoutes(app, ctx);
  app.addHook('onClose', async () => {
    // A save whose client went away still runs; it finishes before its memory is closed.
    await queue.onIdle();
    await ctx.memories.closeAll();
    await ctx.model?.close();
  });
  // This machine only: the page edits files, and no other computer should reach it.
  const port = await listen(app, wanted, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/?token=${ctx.token}`,
    port,
    close: () => app.close(),
  };
}
