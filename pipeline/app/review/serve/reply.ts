import type { ServerResponse } from 'node:http';

/** What a route answers: a page, or JSON for the page's script. */
export interface Reply {
  readonly status: number;
  readonly type: 'html' | 'json' | 'text';
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const CONTENT_TYPES: Readonly<Record<Reply['type'], string>> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

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

export function json(status: number, value: unknown): Reply {
  return { status, type: 'json', body: JSON.stringify(value) };
}

export function text(status: number, body: string): Reply {
  return { status, type: 'text', body };
}

export function html(body: string): Reply {
  return { status: 200, type: 'html', body };
}

export function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    ...SECURITY_HEADERS,
    ...reply.headers,
    'Content-Type': CONTENT_TYPES[reply.type],
    'Content-Length': String(Buffer.byteLength(reply.body)),
  });
  response.end(reply.body);
}
