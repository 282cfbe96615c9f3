import html from './html.js';
import jsonl from './jsonl.js';
import md from './md.js';
import type { Render } from './render.js';
import tmx from './tmx.js';
import txt from './txt.js';
import xliff from './xliff.js';
import xliff2 from './xliff2.js';

export type { Render, RenderOptions } from './render.js';

/** Every output format: its file name suffix and its writer. The keys are the `--format` names. */
export const FORMATS = {
  html: { suffix: '.review.html', render: html },
  md: { suffix: '.review.md', render: md },
  tmx: { suffix: '.tmx', render: tmx },
  xliff: { suffix: '.xlf', render: xliff },
  xliff2: { suffix: '.xliff2.xlf', render: xliff2 },
  jsonl: { suffix: '.jsonl', render: jsonl },
  txt: { suffix: '.en.txt', render: txt },
} as const satisfies Record<string, { suffix: string; render: Render }>;

export type Format = keyof typeof FORMATS;

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}

export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];
