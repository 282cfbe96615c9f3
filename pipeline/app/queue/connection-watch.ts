import type { Redis } from 'ioredis';

/**
 * Calls `onChange('lost')` once when the connection drops and `onChange('back')` once it is ready
 * again: ioredis retries every couple of seconds meanwhile, and each retry is not news. Returns
 * the release, to call before closing the connection (a close of one's own is no loss).
 */
export function watchConnection(redis: Redis, onChange: (state: 'lost' | 'back') => void): () => void {
  let lost = false;
  const onClose = (): void => {
    if (lost) return;
    lost = true;
    onChange('lost');
  };
  const onReady = (): void => {
    if (!lost) return;
    lost = false;
    onChange('back');
  };
  redis.on('close', onClose);
  redis.on('ready', onReady);
  return () => {
    redis.off('close', onClose);
    redis.off('ready', onReady);
  };
}
