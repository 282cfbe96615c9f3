import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll } from 'vitest';
import { tinyModelDir } from './tiny-model.js';

/** Ways the hub misbehaves, per file path inside the model (`onnx/encoder_model.onnx`). */
export interface HubFaults {
  /** Closes the connection after this many bytes of the file, the first time it is sent. */
  cut?: Record<string, number>;
  /** Sends this many bytes of the file, then nothing more, keeping the connection open. */
  stall?: Record<string, number>;
  /** Sends other bytes of the same length while announcing the real file's size and hash. */
  corrupt?: string[];
  /** Answers every request for the file with this HTTP status. */
  status?: Record<string, number>;
  /** Answers every request with 401 unless it carries `Authorization: Bearer <token>`. */
  token?: string;
}

export interface HubRequest {
  readonly method: string;
  readonly path: string;
  readonly range?: string;
  readonly authorization?: string;
}

export interface LocalHub {
  /** Base URL, as `HF_ENDPOINT` or `--hub` take it. */
  readonly url: string;
  /** Every request so far, in order. */
  readonly requests: HubRequest[];
  /** Replaceable between runs of a test. */
  faults: HubFaults;
  close(): Promise<void>;
}

/** Files the hub stores in LFS (and redirects to storage for): the weights. */
const isLfs = (file: string): boolean => file.endsWith('.onnx');

const quoted = (value: string): string => `"${value}"`;
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const gitBlobSha1 = (bytes: Buffer): string => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

/**
 * A Hugging Face hub on 127.0.0.1 serving local model folders (`{ 'Acme/tiny': dir }`) in the
 * hub's layout and headers: `/<owner>/<name>/resolve/<revision>/<file>` answers small files with
 * their git hash as `ETag` and redirects weights to `/lfs/…` with `X-Linked-Etag` (SHA-256) and
 * `X-Linked-Size`; storage honours `Range`. Faults make it cut, stall, corrupt or refuse files.
 */
export async function startLocalHub(models: Readonly<Record<string, string>>, faults: HubFaults = {}): Promise<LocalHub> {
  const requests: HubRequest[] = [];
  const cutDone = new Set<string>();
  const hub: LocalHub = { url: '', requests, faults, close: async () => undefined };

  const readModelFile = async (model: string, file: string): Promise<Buffer | undefined> => {
    const dir = models[model];
    if (dir === undefined || file.split('/').includes('..')) return undefined;
    return readFile(path.join(dir, file)).catch(() => undefined);
  };

  const sendBytes = (req: IncomingMessage, res: ServerResponse, key: string, bytes: Buffer): void => {
    const body = hub.faults.corrupt?.includes(key) ? Buffer.from(bytes.map((b) => b ^ 0xff)) : bytes;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    if (start > body.length) {
      res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
      return;
    }
    const headers = { 'content-length': String(body.length - start), 'accept-ranges': 'bytes' };
    if (range) res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` });
    else res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const rest = body.subarray(start);
    const cut = hub.faults.cut?.[key];
    const stall = hub.faults.stall?.[key];
    if (cut !== undefined && !cutDone.has(key)) {
      cutDone.add(key);
      // The close comes a moment after the bytes, as on a real network: a fetch body stream that
      // errors drops what its reader has not taken yet.
      res.write(rest.subarray(0, cut), () => setTimeout(() => res.socket?.destroy(), 100));
    } else if (stall !== undefined) {
      res.write(rest.subarray(0, stall));
    } else {
      res.end(rest);
    }
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push({ method: req.method ?? '', path: url.pathname, range: req.headers.range, authorization: req.headers.authorization });
      const parts = url.pathname.split('/').slice(1).map(decodeURIComponent);
      const storage = parts[0] === 'lfs';
      const [owner, name, ...rest] = storage ? parts.slice(1) : parts;
      const file = (storage ? rest : rest.slice(2)).join('/');
      if (!storage && rest[0] !== 'resolve') return void res.writeHead(404).end();
      const model = `${owner}/${name}`;
      const status = hub.faults.status?.[file];
      if (status !== undefined) return void res.writeHead(status).end();
      if (!storage && hub.faults.token !== undefined && req.headers.authorization !== `Bearer ${hub.faults.token}`) {
        return void res.writeHead(401, { 'x-error-code': 'GatedRepo' }).end();
      }
      const bytes = await readModelFile(model, file);
      if (!bytes) return void res.writeHead(404, { 'x-error-code': 'EntryNotFound' }).end();
      if (storage) return sendBytes(req, res, file, bytes);
      if (isLfs(file)) {
        const location = `${hub.url}/lfs/${model}/${file}`;
        return void res.writeHead(302, { location, etag: quoted(sha256(bytes)), 'x-linked-etag': quoted(sha256(bytes)), 'x-linked-size': String(bytes.length) }).end();
      }
      res.setHeader('etag', quoted(gitBlobSha1(bytes)));
      sendBytes(req, res, file, bytes);
    })().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  Object.assign(hub, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return hub;
}

/**
 * For a test file: the generated tiny model (or another folder) served as `id` by a fresh hub per
 * test (closed after it). `serve` starts it; `hub()` and `source()` give the running hub and the model's folder.
 */
export function tinyModelHub(id: string): { serve(faults?: HubFaults, dir?: string): Promise<LocalHub>; hub(): LocalHub; source(): string } {
  let source: string | undefined;
  let hub: LocalHub | undefined;
  beforeAll(async () => {
    source = await tinyModelDir();
  });
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
  });
  const running = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`tinyModelHub: no ${what} yet; call serve() in the test`);
    return value;
  };
  return {
    /** `dir` serves another model folder as `id`. */
    serve: async (faults = {}, dir) => (hub = await startLocalHub({ [id]: dir ?? running(source, 'model') }, faults)),
    hub: () => running(hub, 'hub'),
    source: () => running(source, 'model'),
  };
}
