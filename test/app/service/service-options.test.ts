import { describe, expect, it } from 'vitest';
import { apiKeys } from '../../../pipeline/app/service/api-keys.js';
import { isLoopback, resolveServiceOptions } from '../../../pipeline/app/service/service-options.js';
import { fakeEngine } from '../../helpers/fake-engine.js';

describe('resolveServiceOptions', () => {
  const { engine } = fakeEngine();

  it('fills in the defaults: this machine, LibreTranslate\'s port, limits', () => {
    expect(resolveServiceOptions({ engine })).toMatchObject({ host: '127.0.0.1', port: 5000, maxBodyBytes: 1_048_576, charLimit: 50_000, batchLimit: 100, requestsPerMinute: 120, timeoutMs: 120_000 });
  });

  it('refuses a host other machines can reach unless keys are given', () => {
    expect(() => resolveServiceOptions({ engine, host: '0.0.0.0' })).toThrow('--host 0.0.0.0 would let other machines translate without a key; give --api-keys FILE, or keep the default 127.0.0.1');
    expect(resolveServiceOptions({ engine, host: '0.0.0.0', apiKeys: apiKeys(['k']) }).host).toBe('0.0.0.0');
  });

  it.each([['localhost', true], ['127.0.0.1', true], ['127.1.2.3', true], ['::1', true], ['0.0.0.0', false], ['192.168.1.2', false], ['::', false]])('isLoopback(%s) is %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it('names an option out of range', () => {
    expect(() => resolveServiceOptions({ engine, port: 70000 })).toThrow('startTranslationService: port must be an integer from 0 to 65535, got 70000');
    expect(() => resolveServiceOptions({ engine, batchLimit: 0 })).toThrow('startTranslationService: batchLimit must be an integer from 1 to 100000, got 0');
  });
});
