import { afterAll, beforeAll } from 'vitest';
import { setBeforeAll, startRedis, type TestRedis } from './redis-server.js';
import { tinyModelDir } from './tiny-model.js';

/**
 * What the tests of `lektor worker` start from: a Redis server of the file's own and the tiny
 * model, made side by side before the tests; the server stopped after them.
 */
export function redisAndModelForTests(): { readonly server: TestRedis; readonly model: string } {
  let server: TestRedis | undefined;
  let model: string | undefined;
  beforeAll(async () => {
    [server, model] = await Promise.all([startRedis(), tinyModelDir()]);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get server() {
      return setBeforeAll(server, 'redisAndModelForTests');
    },
    get model() {
      return setBeforeAll(model, 'redisAndModelForTests');
    },
  };
}
