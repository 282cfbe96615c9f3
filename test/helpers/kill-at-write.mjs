// Loaded into a CLI a test spawns (NODE_OPTIONS=--import): at the LEKTOR_TEST_KILL_AT_WRITE-th
// `fs.promises.writeFile` (how Lektor writes every output) below LEKTOR_TEST_KILL_DIR, half the
// bytes are written and the process kills itself with SIGKILL, as a power cut or `kill -9` would.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const dir = process.env.LEKTOR_TEST_KILL_DIR;
const at = Number(process.env.LEKTOR_TEST_KILL_AT_WRITE);
let writes = 0;
const { writeFile } = fs.promises;

fs.promises.writeFile = async (file, data, options) => {
  if (typeof file === 'string' && dir !== undefined && path.resolve(file).startsWith(`${path.resolve(dir)}${path.sep}`) && ++writes === at) {
    const bytes = Buffer.from(data);
    await writeFile(file, bytes.subarray(0, bytes.length >> 1), options);
    process.kill(process.pid, 'SIGKILL');
  }
  return writeFile(file, data, options);
};
syncBuiltinESMExports();
