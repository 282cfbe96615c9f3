// Run by a test as another Lektor process: downloads the model files (argv[5…]) of hub model
// argv[3] from hub argv[2] into argv[4] through the built dist, once a line on stdin says go, so
// that several such processes start downloading at the same moment.
import { once } from 'node:events';
import { downloadModelFiles } from '../../dist/models/download/download-model.js';

const [endpoint, id, dir, ...files] = process.argv.slice(2);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
await downloadModelFiles({ hub: { endpoint, id, revision: 'main' }, dir, files });
process.stdout.write('done\n');
process.exit(0);
