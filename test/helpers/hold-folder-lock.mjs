// Run by a test as another Lektor process: takes the output folder's lock (argv[2]) through the
// built dist, says "locked" on stdout, and holds it until killed.
import { withFolderLock } from '../../dist/pipeline/app/deliver/folder-lock.js';

await withFolderLock(process.argv[2], async () => {
  process.stdout.write('locked\n');
  // proper-lockfile's refresh timer does not keep a process alive: this does, until the kill.
  await new Promise(() => setInterval(() => undefined, 60_000));
});
