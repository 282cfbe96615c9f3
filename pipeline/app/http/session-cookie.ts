/**
 * The cookie that carries the token after the first visit. Cookies do not tell ports apart, so the
 * port is in its name: two servers on this machine never overwrite each other's.
 */
export function sessionCookieName(port: number): string {
  return `lektor-review-${port}`;
}

/** HttpOnly: the page's script never reads it; SameSite=Strict: no other site's page sends it. */
export function sessionCookie(port: number, token: string): string {
  return `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The value of cookie `name` in a `Cookie` header, if it is there. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at >= 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
