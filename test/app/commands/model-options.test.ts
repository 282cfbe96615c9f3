import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addModelOptions } from '../../../pipeline/app/commands/model-options.js';

describe('addModelOptions', () => {
  it('parses the model flags, numbers as numbers', () => {
    const command = addModelOptions(new Command('x').exitOverride());
    command.parse(['--model', './m', '--offline', '--dtype', 'q8', '--batch-size', '4', '--batch-tokens', '1024', '--threads', '2'], { from: 'user' });
    expect(command.opts()).toEqual({ model: './m', offline: true, dtype: 'q8', batchSize: 4, batchTokens: 1024, threads: 2 });
  });

  it('refuses an unknown dtype', () => {
    const command = addModelOptions(new Command('x').exitOverride().configureOutput({ writeErr: () => undefined }));
    expect(() => command.parse(['--dtype', 'fp16'], { from: 'user' })).toThrow("option '--dtype <dtype>' argument 'fp16' is invalid. Allowed choices are fp32, q8.");
  });
});
