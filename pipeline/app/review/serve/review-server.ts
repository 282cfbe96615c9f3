import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import PQueue from 'p-queue';
import { listArticles } from '../article-record.js';
import { newAccessToken } from './access-token.js';
import { errorReply, failure } from './error-reply.js';
import { memoryPool } from '../memory-pool.js';
import { send, text, type Reply } from './reply.js';
import { checkRequest } from './request-guard.js';
import { route } from './routes.js';
import type { ServeContext } from './serve-context.js';
import { ServeError } from '../../../core/errors.js';
import { resolveServerOptions, type ReviewServerOptions } from './serve-options.js';
import { sessionCookie } from './session-cookie.js';

export interface ReviewServer {
  /** `http://127.0.0.1:<port>/?token=…`: the one address that lets a browser in. */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, lets the save in progress finish, closes the memories. */
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'is in use' : `cannot be used (${error.code ?? error.message})`;
      reject(new ServeError(`port ${port} on 127.0.0.1 ${reason}; choose another with --port (0 picks a free one)`, { cause: error }));
    });
    // This machine only: the page edits files, and no other computer should reach it.
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function answer(ctx: ServeContext, port: number, request: IncomingMessage): Promise<Reply> {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  const asJson = request.method === 'POST';
  const verdict = checkRequest(request, url, ctx.token, port);
  if (!verdict.allowed) return failure(verdict.status, verdict.reason, asJson);
  // The token leaves the address at once: it would otherwise stay in the history and on screen.
  // One leading slash only: `//host` would send the browser to another site.
  const here = url.pathname.replace(/^\/+/, '/');
  if (verdict.tokenInAddress) return { ...text(303, ''), headers: { Location: here, 'Set-Cookie': sessionCookie(port, ctx.token) } };
  try {
    return await route(ctx, request, url.pathname);
  } catch (error) {
    return errorReply(error, asJson);
  }
}

/**
 * Serves an output folder of `lektor translate` for review in a browser on this machine: the
 * index and each article's review page as an editor, rendered from the article records, and the
 * API the pages save through (one save at a time, each through `reviseArticle`). Every request
 * must carry the printed token; see `checkRequest` for the rest of the security model.
 */
export async function startReviewServer(outDir: string, options: ReviewServerOptions = {}): Promise<ReviewServer> {
  const { port: wanted, now, maxBodyBytes, memory } = resolveServerOptions(options);
  await listArticles(outDir);
  const queue = new PQueue({ concurrency: 1 });
  const ctx: ServeContext = {
    outDir,
    token: newAccessToken(),
    now,
    memories: memoryPool(memory),
    maxBodyBytes,
    exclusive: (change) => queue.add(change),
  };
  let port = wanted;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // A reply that cannot be sent ends the connection rather than the server.
    void answer(ctx, port, request)
      .then((reply) => send(response, reply))
      .catch((error: Error) => response.destroy(error));
  });
  port = await listen(server, wanted);
  return {
    url: `http://127.0.0.1:${port}/?token=${ctx.token}`,
    port,
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await queue.onIdle();
      server.closeAllConnections();
      await closed;
      await ctx.memories.closeAll();
    },
  };
}
