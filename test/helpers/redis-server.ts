import type { Redis } from 'ioredis';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { connectRedis } from '../../pipeline/engine/connect-redis.js';

/** A `redis-server` of the test's own, on a free loopback port, with its files in a temporary folder. */
export interface TestRedis {
  readonly url: string;
  readonly port: number;
  /**
   * Stops the server (SIGTERM: it writes its append-only file first) and starts it again on the
   * same port and folder, after `downMs` without a server.
   */
  restart(downMs?: number): Promise<void>;
  /** Stops it and removes its folder. */
  stop(): Promise<void>;
}

/** Below Linux's ephemeral range (32768–60999): no client's outgoing connection, nor another test's port 0, can take it while a restart has it free. */
const PORTS = { from: 20_000, to: 32_000 } as const;

/** A free port from `PORTS`, at random so that concurrent test files rarely try the same one. */
async function freePort(): Promise<number> {
  for (;;) {
    const port = PORTS.from + Math.floor(Math.random() * (PORTS.to - PORTS.from));
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  // The append-only file fsynced on every write: a restart must find every finished article.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--daemonize', 'no'];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on ${port}: ${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${String(code)}: ${output}`));
    });
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function startRedis(): Promise<TestRedis> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-redis-'));
  const port = await freePort();
  let child = await launch(port, dir);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart(downMs = 0) {
      await terminate(child);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      child = await launch(port, dir);
    },
    async stop() {
      await terminate(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A server for the file's tests and a connection to it: started before them, stopped after. */
export function redisForTests(): { readonly server: TestRedis; readonly redis: Redis } {
  let server: TestRedis | undefined;
  let redis: Redis | undefined;
  beforeAll(async () => {
    server = await startRedis();
    redis = await connectRedis(server.url);
  });
  afterAll(async () => {
    await redis?.quit();
    await server?.stop();
  });
  return {
    get server() {
      return setBeforeAll(server, 'redisForTests');
    },
    get redis() {
      return setBeforeAll(redis, 'redisForTests');
    },
  };
}

/** A fixture's value, which its `beforeAll` sets: an error naming the fixture when a test reads it sooner. */
export function setBeforeAll<T>(value: T | undefined, fixture: string): T {
  if (value === undefined) throw new Error(`${fixture}: used before beforeAll ran`);
  return value;
}
