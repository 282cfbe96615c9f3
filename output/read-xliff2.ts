import type { Element } from '@xmldom/xmldom';
import { childElements, lineOf, requiredChild, textOf } from './read-xml.js';
import { unitId, xliffUnits } from './read-xliff.js';
import type { ReviewedFile, ReviewedUnit } from './reviewed-file.js';

// The XLIFF 2 segment states past translation: a person has looked at it.
const APPROVING_STATES = new Set(['reviewed', 'final']);

/**
 * A `<unit>`: Lektor writes one `<segment>`, but a tool may split it or add `<ignorable>`
 * whitespace; the unit's text is theirs joined in order, as XLIFF 2 merges it back.
 */
function unit(element: Element, file: string): ReviewedUnit {
  const segment = unitId(element, file);
  const parts = Array.from(element.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE && ['segment', 'ignorable'].includes((n as Element).localName ?? ''));
  const texts = parts.map((part) => {
    const source = textOf(requiredChild(part, 'source', file, `<${part.localName}> of unit ${segment}`));
    const [target] = childElements(part, 'target');
    // An ignorable without a target stands for its source; a segment without one has no English yet.
    return { source, target: target ? textOf(target) : part.localName === 'ignorable' ? source : '' };
  });
  const segments = parts.filter((p) => p.localName === 'segment');
  return {
    segment,
    source: texts.map((t) => t.source).join(''),
    target: texts.map((t) => t.target).join(''),
    approved: segments.length > 0 && segments.every((s) => APPROVING_STATES.has(s.getAttribute('state') ?? '')),
    line: lineOf(element),
  };
}

/**
 * An XLIFF 2.x file as `output/xliff2.ts` wrote it, after a CAT tool: units are matched by their
 * `<unit>` ids. A target counts as approved when every segment of the unit is in state
 * `reviewed` or `final`.
 */
export function readXliff2(root: Element, file: string): ReviewedFile {
  return xliffUnits(root, file, 'unit', unit);
}
