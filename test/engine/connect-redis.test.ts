import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { connectRedis } from '../../pipeline/engine/connect-redis.js';
import { startRedis } from '../helpers/redis-server.js';

describe('connectRedis', () => {
  it('ends a duplicate told to disconnect while it waits to reconnect: its queued commands fail and "end" comes', async () => {
    const server = await startRedis();
    const redis = await connectRedis(server.url);
    // A BullMQ worker's blocking connection is such a duplicate.
    const blocking = redis.duplicate();
    blocking.on('error', () => undefined);
    try {
      await blocking.ping();
      const reconnecting = once(blocking, 'reconnecting');
      const restarted = server.restart(2000);
      await reconnecting;
      const queued = blocking.get('lektor:test').then(
        () => 'answered',
        (error: Error) => error.message,
      );
      const ended = once(blocking, 'end');
      blocking.disconnect();
      await ended;
      expect(blocking.status).toBe('end');
      expect(await queued).toBe('Connection is closed.');
      await restarted;
      // The original reconnects as before.
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
      await server.stop();
    }
  });
});
