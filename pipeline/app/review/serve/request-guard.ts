import type { IncomingMessage } from 'node:http';
import { isAccessToken } from './access-token.js';
import { cookieValue, sessionCookieName } from './session-cookie.js';

/** The header a page's script sends its token in: other sites can neither read the token nor set the header. */
export const TOKEN_HEADER = 'x-lektor-token';

/** Let in, and whether the token came in the address (the first visit: set the cookie); or refused, and why. */
export type Verdict =
  | { readonly allowed: true; readonly tokenInAddress: boolean }
  | { readonly allowed: false; readonly status: 401 | 403; readonly reason: string };

function refuse(status: 401 | 403, reason: string): Verdict {
  return { allowed: false, status, reason };
}

/** The two names this machine has for the server; anything else is another site's name for this address. */
function ownHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/**
 * Whether a request may be answered. Only this machine's names for the server are accepted as
 * `Host` (a web page that rebinds its own name to 127.0.0.1 is refused), a browser's request must
 * come from the server's own pages (`Origin`), every request needs the token (from the address on
 * the first visit, then from the cookie), and a request that changes anything needs it in the
 * `X-Lektor-Token` header, which only the server's own pages can send.
 */
export function checkRequest(request: IncomingMessage, url: URL, token: string, port: number): Verdict {
  const hosts = ownHosts(port);
  const host = request.headers.host?.toLowerCase();
  if (host === undefined || !hosts.has(host)) return refuse(403, `this server answers only to 127.0.0.1:${port} and localhost:${port}`);
  const origin = request.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length).toLowerCase()))) {
    return refuse(403, 'requests from other sites are refused');
  }
  if (request.method === 'POST') {
    const header = request.headers[TOKEN_HEADER];
    return isAccessToken(typeof header === 'string' ? header : undefined, token) ? { allowed: true, tokenInAddress: false } : refuse(403, `a change needs the token in the ${TOKEN_HEADER} header`);
  }
  if (isAccessToken(cookieValue(request.headers.cookie, sessionCookieName(port)), token)) return { allowed: true, tokenInAddress: false };
  if (isAccessToken(url.searchParams.get('token') ?? undefined, token)) return { allowed: true, tokenInAddress: true };
  return refuse(401, 'open the address `lektor review serve` printed, with its ?token=');
}
