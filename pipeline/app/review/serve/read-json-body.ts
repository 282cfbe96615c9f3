import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `the request is larger than ${limit} bytes`);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Stop reading but leave the socket open, so the 413 still reaches the client.
      request.off('data', onData);
      request.pause();
      reject(tooLarge(limit));
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

/**
 * A request's JSON body, at most `limit` bytes: a declared larger one is refused before a byte is
 * read, an undeclared one as soon as it grows past the limit. Only `application/json` is read,
 * which no other site's page can send here without the browser asking first.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) throw new HttpError(415, 'send JSON, with Content-Type: application/json');
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
  const body = await readBody(request, limit);
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch (cause) {
    throw new HttpError(400, 'the request body is not JSON', { cause });
  }
}
