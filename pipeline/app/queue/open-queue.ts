import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * A BullMQ queue on Lektor's connection. Its connection errors are ioredis's retries, each also
 * failing the command that needs an answer: without a listener BullMQ would print every retry's
 * stack trace, where the commands say once that Redis went away and once that it is back.
 */
export function openQueue<Data = unknown, Result = unknown>(name: string, redis: Redis): Queue<Data, Result> {
  const queue = new Queue<Data, Result>(name, { connection: redis });
  queue.on('error', () => undefined);
  return queue;
}
