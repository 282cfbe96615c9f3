import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AddressInfo } from 'node:net';
import { isAccessToken } from './access-token.js';
import { HttpError } from './http-error.js';
import { cookieValue, sessionCookie, sessionCookieName } from './session-cookie.js';

/** The header a page's script sends its token in: other sites can neither read the token nor set the header. */
export const TOKEN_HEADER = 'x-lektor-token';

export interface TokenGuardOptions {
  /** The secret every request must carry; see `newAccessToken`. */
  readonly token: string;
}

/** The two names this machine has for the server; anything else is another site's name for this address. */
function ownHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function checkOrigin(request: FastifyRequest, port: number): void {
  const hosts = ownHosts(port);
  const host = request.headers.host?.toLowerCase();
  if (host === undefined || !hosts.has(host)) throw new HttpError(403, `this server answers only to 127.0.0.1:${port} and localhost:${port}`);
  const origin = request.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length).toLowerCase()))) {
    throw new HttpError(403, 'requests from other sites are refused');
  }
}

/**
 * Lets a request on, sends the printed address's first visit to the same page without the token
 * (with the cookie), or refuses it.
 */
async function guard(app: FastifyInstance, token: string, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const { port } = app.server.address() as AddressInfo;
  checkOrigin(request, port);
  if (request.method === 'POST') {
    const header = request.headers[TOKEN_HEADER];
    if (isAccessToken(typeof header === 'string' ? header : undefined, token)) return undefined;
    throw new HttpError(403, `a change needs the token in the ${TOKEN_HEADER} header`);
  }
  if (isAccessToken(cookieValue(request.headers.cookie, sessionCookieName(port)), token)) return undefined;
  const url = new URL(request.url, `http://127.0.0.1:${port}`);
  if (!isAccessToken(url.searchParams.get('token') ?? undefined, token)) throw new HttpError(401, 'open the address `lektor review serve` printed, with its ?token=');
  // The token leaves the address at once: it would otherwise stay in the history and on screen.
  // One leading slash only: `//host` would send the browser to another site.
  const here = url.pathname.replace(/^\/+/, '/');
  return reply.code(303).headers({ location: here, 'set-cookie': sessionCookie(port, token) }).send('');
}

/**
 * Whether a request may be answered, decided before its body is read or its route runs. Only this
 * machine's names for the server are accepted as `Host` (a web page that rebinds its own name to
 * 127.0.0.1 is refused), a browser's request must come from the server's own pages (`Origin`),
 * every request needs the token (from the address on the first visit, then from the cookie), and
 * a request that changes anything needs it in the `X-Lektor-Token` header, which only the
 * server's own pages can send.
 */
export const tokenGuard = fp<TokenGuardOptions>(
  async (app, { token }) => {
    app.addHook('onRequest', async (request, reply) => guard(app, token, request, reply));
  },
  { name: 'lektor-token-guard' },
);
