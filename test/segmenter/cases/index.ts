import { abbreviations } from './abbreviations.js';
import type { CaseGroup } from './case.js';
import { datesAndOrdinals } from './dates-ordinals.js';
import { emoji } from './emoji.js';
import { footnotes } from './footnotes.js';
import { links } from './links.js';
import { missingSpace } from './missing-space.js';
import { namesAndCompanies } from './names-companies.js';
import { news } from './news.js';
import { numbersAndTimes } from './numbers-times.js';
import { plain } from './plain.js';
import { punctuation } from './punctuation.js';
import { quotes } from './quotes.js';
import { structure } from './structure.js';
import { webAndWire } from './web-wire.js';

export type { CaseGroup, SegmenterCase } from './case.js';

/** Every segmenter case, grouped by rule: the unit tests and the bench both read this table. */
export const CASE_GROUPS: readonly CaseGroup[] = [
  plain,
  abbreviations,
  datesAndOrdinals,
  numbersAndTimes,
  links,
  quotes,
  punctuation,
  missingSpace,
  footnotes,
  emoji,
  namesAndCompanies,
  structure,
  news,
  webAndWire,
];
