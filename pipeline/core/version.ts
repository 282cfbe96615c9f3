import { readFileSync } from 'node:fs';

// Read once from package.json so `--version`, TMX headers and run summaries never disagree.
const manifest = JSON.parse(readFileSync(new URL(import.meta.url.includes('/dist/') ? '../../../package.json' : '../../package.json', import.meta.url), 'utf8')) as { version: string };
export const version: string = manifest.version;
