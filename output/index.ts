import md from './md.js';
import type { Render } from './render.js';
import txt from './txt.js';

export type { Render, RenderOptions } from './render.js';

/** Every output format: its file name suffix and its writer. The keys are the `--format` names. */
export const FORMATS = {
  txt: { suffix: '.en.txt', render: txt },
  md: { suffix: '.review.md', render: md },
} as const satisfies Record<string, { suffix: string; render: Render }>;

export type Format = keyof typeof FORMATS;

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}

export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];
