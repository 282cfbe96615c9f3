import type { Element } from '@xmldom/xmldom';
import { InputError } from '../pipeline/core/errors.js';
import { childElements, descendantElements, inlinePieces, lineOf, requiredChild, textOf, type InlineRole } from './read-xml.js';
import { singleArticle, type InlineCode, type InlinePiece, type ReviewedFile, type ReviewedUnit } from './reviewed-file.js';

/** `de-DE`, `DE`, `de_at` → `de`: tools rewrite language codes. */
const primary = (language: string): string => language.toLowerCase().split(/[-_]/)[0] ?? '';

/** TMX 1.4 says `xml:lang`; TMX 1.1 and some tools still write `lang`. */
const languageOf = (tuv: Element): string => primary(tuv.getAttribute('xml:lang') || tuv.getAttribute('lang') || '');

const propOf = (tu: Element, type: string): string | undefined => childElements(tu, 'prop').find((p) => p.getAttribute('type') === type)?.textContent?.trim();

function requiredProp(tu: Element, type: string, file: string): string {
  const value = propOf(tu, type);
  if (!value) throw new InputError({ file, line: lineOf(tu) }, `<tu> without Lektor's ${type} prop: Lektor can only import the units it wrote`);
  return value;
}

/**
 * The codes of a `<seg>` as `output/tmx.ts` writes them, by their `x` (the mark's number): `<bpt>`
 * and the `<ept>` of the same `i`, `<ph>`, and `<it>` for the pieces of a cut element. `<hi>` wraps
 * text; a code without a number carries no mark.
 */
function codeRoles(seg: Element): (element: Element) => InlineRole {
  const numberOf = new Map(descendantElements(seg, 'bpt').map((b) => [b.getAttribute('i') ?? '', b.getAttribute('x') || b.getAttribute('i') || '']));
  const code = (x: string | null | undefined, side: InlineCode['side']): InlineRole => (x ? { mark: `m${x}`, side } : 'none');
  return (element) => {
    switch (element.localName) {
      case 'bpt':
        return code(numberOf.get(element.getAttribute('i') ?? ''), 'open');
      case 'ept':
        return code(numberOf.get(element.getAttribute('i') ?? ''), 'close');
      case 'ph':
        return code(element.getAttribute('x'), 'standalone');
      case 'it':
        return code(element.getAttribute('x'), element.getAttribute('pos') === 'end' ? 'close' : 'open');
      case 'hi':
        return 'content';
      default:
        return 'none';
    }
  };
}

function segOf(tuv: Element, segment: string, file: string): { text: string; pieces: InlinePiece[] } {
  const seg = requiredChild(tuv, 'seg', file, `<tuv> of ${segment}`);
  return { text: textOf(seg), pieces: inlinePieces(seg, codeRoles(seg)) };
}

function translationUnit(tu: Element, sourceLanguage: string, file: string): ReviewedUnit & { article: string } {
  const segment = requiredProp(tu, 'x-lektor-segment', file);
  const version = propOf(tu, 'x-lektor-version');
  const tuvs = childElements(tu, 'tuv');
  const source = tuvs.find((t) => languageOf(t) === sourceLanguage);
  if (!source) throw new InputError({ file, line: lineOf(tu) }, `<tu> of ${segment} without a <tuv> in ${sourceLanguage}`);
  const targetTuv = tuvs.find((t) => languageOf(t) !== sourceLanguage);
  const german = segOf(source, segment, file);
  const english = targetTuv ? segOf(targetTuv, segment, file) : { text: '', pieces: [] };
  return {
    article: requiredProp(tu, 'x-lektor-article', file),
    segment,
    source: german.text,
    target: english.text,
    inline: { source: german.pieces, target: english.pieces },
    // TMX has no review state; Lektor marks a person's English with this prop, as a script may.
    approved: propOf(tu, 'x-lektor-origin') === 'review',
    ...(version ? { version } : {}),
    line: lineOf(tu),
  };
}

/**
 * A TMX file as `output/tmx.ts` wrote it, after a tool: units are matched by the
 * `x-lektor-segment` prop of each `<tu>`, the article by its `x-lektor-article` prop; the German
 * is the `<tuv>` in the header's `srclang`, the English the other one. A target counts as approved
 * when the `<tu>` has the prop `x-lektor-origin` = `review`; the version is its `x-lektor-version` prop.
 */
export function readTmx(root: Element, file: string): ReviewedFile {
  const header = requiredChild(root, 'header', file, '<tmx>');
  const sourceLanguage = primary(header.getAttribute('srclang') ?? '');
  if (!sourceLanguage) throw new InputError({ file, line: lineOf(header) }, '<header> without a srclang');
  const tus = descendantElements(root, 'tu').map((tu) => translationUnit(tu, sourceLanguage, file));
  return {
    article: singleArticle(file, tus),
    units: tus.map(({ article: _article, ...unit }) => unit),
  };
}
