import { Redis } from 'ioredis';
import { RedisError, firstLine } from '../core/errors.js';

export interface RedisOptions {
  /**
   * How long the first connection may take before the command gives up.
   * @default 5000
   */
  readonly connectTimeoutMs?: number;
}

/** The address without user or password: it is printed and written to run.json. */
export function redisLocation(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString().replace(/\/$/, '');
}

/** The steps ioredis's `disconnect()` leaves out while a reconnection is pending (private in its types). */
interface PendingReconnection {
  flushQueue(error: Error): void;
  setStatus(status: 'end'): void;
}

/**
 * Makes `disconnect()` also end the connection while it waits to reconnect, here and in its
 * duplicates: ioredis then only clears the retry timer, so 'end' never comes and the queued
 * commands wait for ever. BullMQ's `Worker.close()` waits for that 'end' on its blocking
 * connection (a duplicate): a worker stopping within a retry delay of Redis coming back hung.
 */
function endingWhenPending(redis: Redis): Redis {
  const disconnect = redis.disconnect.bind(redis);
  redis.disconnect = (reconnect = false) => {
    const pending = redis.status === 'reconnecting';
    disconnect(reconnect);
    if (!pending || reconnect) return;
    const connection = redis as unknown as PendingReconnection;
    connection.flushQueue(new Error('Connection is closed.'));
    connection.setStatus('end');
  };
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = ((override) => endingWhenPending(duplicate(override))) as Redis['duplicate'];
  return redis;
}

/**
 * Connects to Redis once, failing in one line when it cannot be reached. Once connected, a lost
 * connection is retried for as long as it takes and commands wait for it: a Redis restarted
 * during a run (from its append-only file) is picked up again rather than ending the workers.
 */
export async function connectRedis(url: string, options: RedisOptions = {}): Promise<Redis> {
  let connected = false;
  const redis = endingWhenPending(new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    // BullMQ's workers block on Redis and must not have their commands given up on.
    maxRetriesPerRequest: null,
    retryStrategy: (times) => (connected ? Math.min(times * 200, 2000) : null),
  }));
  // Errors reach the commands that fail with them; the event would otherwise be printed by ioredis.
  // The first one says why a connection failed, where `connect()` only says it closed.
  let firstError: unknown;
  redis.on('error', (error: unknown) => (firstError ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (cause) {
    redis.disconnect();
    const reason = firstError ?? cause;
    throw new RedisError(`cannot reach Redis at ${redisLocation(url)}: ${firstLine(reason)}`, { cause: reason });
  }
  connected = true;
  return redis;
}
