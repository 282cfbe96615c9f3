// Loaded with `node --import` into a CLI a test spawns: appends the name of every npm package the
// CLI imports to the file named by LEKTOR_PACKAGES_LOG, one a line, so a test can tell which
// dependencies a command loaded. The same file is the resolve hook, run in the loader's thread.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const PACKAGE = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//;

if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const name = PACKAGE.exec(resolved.url)?.[1];
  if (name !== undefined) appendFileSync(process.env.LEKTOR_PACKAGES_LOG, `${name}\n`);
  return resolved;
}
