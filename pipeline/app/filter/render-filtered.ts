import { FORMATS } from '../../../output/index.js';
import { layoutText } from '../../../output/layout-text.js';
import type { LektorDoc } from '../../core/doc.js';
import { version } from '../../core/version.js';
import type { FilterFormat } from './filter-options.js';

/** A translated document as a filter writes it. */
export function renderFiltered(doc: LektorDoc, format: FilterFormat, now: Date): string {
  return format === 'jsonl' ? FORMATS.jsonl.render(doc, { now, toolVersion: version }) : layoutText(doc);
}
