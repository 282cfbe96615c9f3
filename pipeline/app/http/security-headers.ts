import fp from 'fastify-plugin';

/**
 * Every answer is private to this browser tab: never cached, never framed by another page (the
 * editor's buttons cannot be clicked through a disguise), never sniffed as another type, and
 * never sent on as a referrer.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The headers above on every answer of the app, refusals and redirects included. */
export const securityHeaders = fp(
  async (app) => {
    app.addHook('onSend', async (_request, reply) => {
      reply.headers(SECURITY_HEADERS);
    });
  },
  { name: 'lektor-security-headers' },
);
