// Loaded into a CLI a test spawns (NODE_OPTIONS=--import): a disk of LEKTOR_TEST_DISK_BYTES under
// LEKTOR_TEST_DISK_DIR. `fs.promises.writeFile` (how Lektor writes every output) writes what still
// fits, then fails with ENOSPC as a full disk does; removing a file gives its bytes back.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const dir = process.env.LEKTOR_TEST_DISK_DIR;
let free = Number(process.env.LEKTOR_TEST_DISK_BYTES);
const sizes = new Map();
const onDisk = (file) => typeof file === 'string' && dir !== undefined && path.resolve(file).startsWith(`${path.resolve(dir)}${path.sep}`);
const { writeFile, rm, rename } = fs.promises;

fs.promises.writeFile = async (file, data, options) => {
  if (!onDisk(file)) return writeFile(file, data, options);
  const bytes = Buffer.from(data);
  free += sizes.get(file) ?? 0;
  const fits = Math.min(bytes.length, Math.max(free, 0));
  await writeFile(file, bytes.subarray(0, fits), options);
  sizes.set(file, fits);
  free -= fits;
  if (fits < bytes.length) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
};
fs.promises.rm = async (file, options) => {
  await rm(file, options);
  free += sizes.get(file) ?? 0;
  sizes.delete(file);
};
fs.promises.rename = async (from, to) => {
  await rename(from, to);
  if (!sizes.has(from)) return;
  free += sizes.get(to) ?? 0;
  sizes.set(to, sizes.get(from));
  sizes.delete(from);
};
syncBuiltinESMExports();
