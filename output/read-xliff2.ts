import type { Element } from '@xmldom/xmldom';
import { childElements, inlinePieces, lineOf, requiredChild, textOf, type InlineRole } from './read-xml.js';
import { unitId, xliffUnits } from './read-xliff.js';
import type { ReviewedFile, ReviewedUnit } from './reviewed-file.js';
import { VERSION_META } from './xliff2.js';

// The XLIFF 2 segment states past translation: a person has looked at it.
const APPROVING_STATES = new Set(['reviewed', 'final']);

/**
 * The codes `output/xliff2.ts` writes, by the mark ids it gave them: `<pc>` around what a mark
 * wraps, `<ph/>` for a standalone element, `<sc/>`/`<ec/>` for the pieces of a cut one, or for a
 * `<pc>` a tool split in two (`startRef` names its `<sc/>`). Annotation markers carry no text.
 */
function codeRole(element: Element): InlineRole {
  const name = element.localName ?? '';
  const id = element.getAttribute('id');
  if (name === 'ec') {
    const mark = element.getAttribute('startRef') || id;
    return mark ? { mark, side: 'close' } : 'none';
  }
  if (['sm', 'em'].includes(name)) return 'none';
  if (!id) return ['ph', 'sc'].includes(name) ? 'none' : 'content';
  if (name === 'pc') return { open: { mark: id, side: 'open' }, close: { mark: id, side: 'close' } };
  if (name === 'ph') return { mark: id, side: 'standalone' };
  if (name === 'sc') return { mark: id, side: 'open' };
  return 'content';
}

/** The version in the unit's metadata module (Lektor's `<mda:metaGroup>`), if a tool kept it. */
function versionOf(unit: Element): { version: string } | undefined {
  const groups = childElements(unit, 'metadata').flatMap((m) => childElements(m, 'metaGroup')).filter((g) => g.getAttribute('category') === VERSION_META.category);
  const version = groups.flatMap((g) => childElements(g, 'meta')).find((m) => m.getAttribute('type') === VERSION_META.type)?.textContent?.trim();
  return version ? { version } : undefined;
}

/**
 * A `<unit>`: Lektor writes one `<segment>`, but a tool may split it or add `<ignorable>`
 * whitespace; the unit's text is theirs joined in order, as XLIFF 2 merges it back.
 */
function unit(element: Element, file: string): ReviewedUnit {
  const segment = unitId(element, file);
  const parts = Array.from(element.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE && ['segment', 'ignorable'].includes((n as Element).localName ?? ''));
  const texts = parts.map((part) => {
    const sourceElement = requiredChild(part, 'source', file, `<${part.localName}> of unit ${segment}`);
    const source = { text: textOf(sourceElement), pieces: inlinePieces(sourceElement, codeRole) };
    const [target] = childElements(part, 'target');
    // An ignorable without a target stands for its source; a segment without one has no English yet.
    const english = target ? { text: textOf(target), pieces: inlinePieces(target, codeRole) } : part.localName === 'ignorable' ? source : { text: '', pieces: [] };
    return { source, target: english };
  });
  const segments = parts.filter((p) => p.localName === 'segment');
  return {
    segment,
    source: texts.map((t) => t.source.text).join(''),
    target: texts.map((t) => t.target.text).join(''),
    inline: { source: texts.flatMap((t) => t.source.pieces), target: texts.flatMap((t) => t.target.pieces) },
    approved: segments.length > 0 && segments.every((s) => APPROVING_STATES.has(s.getAttribute('state') ?? '')),
    ...versionOf(element),
    line: lineOf(element),
  };
}

/**
 * An XLIFF 2.x file as `output/xliff2.ts` wrote it, after a CAT tool: units are matched by their
 * `<unit>` ids. A target counts as approved when every segment of the unit is in state
 * `reviewed` or `final`; the version is the unit's metadata `<meta type="version">` in the group
 * of category `lektor`.
 */
export function readXliff2(root: Element, file: string): ReviewedFile {
  return xliffUnits(root, file, 'unit', unit);
}
