import type { Element } from '@xmldom/xmldom';
import { InputError } from '../pipeline/core/errors.js';
import { articleName } from '../pipeline/core/article-name.js';
import { childElements, descendantElements, inlinePieces, lineOf, NATIVE_CODE, requiredChild, textOf, type InlineRole } from './read-xml.js';
import { singleArticle, type ReviewedFile, type ReviewedUnit } from './reviewed-file.js';
import { VERSION_CONTEXT } from './xliff.js';

// The XLIFF 1.2 target states that say a person has passed the translation.
const APPROVING_STATES = new Set(['final', 'signed-off']);

/** The segment id of a unit or the message naming its line: every unit Lektor wrote has one. */
export function unitId(unit: Element, file: string): string {
  const id = unit.getAttribute('id');
  if (!id) throw new InputError({ file, line: lineOf(unit) }, `<${unit.localName}> without an id: Lektor can only import the units it wrote`);
  return id;
}

/** The article a `<file>` was written for: Lektor puts the article's path in `original`. */
function fileArticle(element: Element, file: string): { article: string; line: number } {
  const original = element.getAttribute('original');
  if (!original) throw new InputError({ file, line: lineOf(element) }, '<file> without an original: it names the article Lektor translated');
  return { article: articleName(original), line: lineOf(element) };
}

/**
 * The codes `output/xliff.ts` writes, by the mark ids it gave them: `<g>` around what a mark wraps,
 * `<x/>` for a standalone element, `<bx/>`/`<ex/>` for the pieces of a cut one. Native codes
 * (`<ph>`, `<bpt>`…) a tool added carry no mark; `<mrk>` and the like wrap text.
 */
function codeRole(element: Element): InlineRole {
  const id = element.getAttribute('id');
  const name = element.localName ?? '';
  if (NATIVE_CODE.has(name)) return 'none';
  if (!id) return ['x', 'bx', 'ex'].includes(name) ? 'none' : 'content';
  if (name === 'g') return { open: { mark: id, side: 'open' }, close: { mark: id, side: 'close' } };
  if (name === 'x') return { mark: id, side: 'standalone' };
  if (name === 'bx') return { mark: id, side: 'open' };
  if (name === 'ex') return { mark: id, side: 'close' };
  return 'content';
}

/** The version the unit's `<context>` of Lektor's type holds, if a tool kept it. */
function versionOf(unit: Element): { version: string } | undefined {
  const contexts = childElements(unit, 'context-group').flatMap((group) => childElements(group, 'context'));
  const version = contexts.find((c) => c.getAttribute('context-type') === VERSION_CONTEXT)?.textContent?.trim();
  return version ? { version } : undefined;
}

function transUnit(unit: Element, file: string): ReviewedUnit {
  const segment = unitId(unit, file);
  const source = requiredChild(unit, 'source', file, `<trans-unit id="${segment}">`);
  // Only the unit's own <target>: those inside <alt-trans> are a tool's suggestions.
  const [target] = childElements(unit, 'target');
  return {
    segment,
    source: textOf(source),
    target: target ? textOf(target) : '',
    inline: { source: inlinePieces(source, codeRole), target: target ? inlinePieces(target, codeRole) : [] },
    approved: unit.getAttribute('approved') === 'yes' || APPROVING_STATES.has(target?.getAttribute('state') ?? ''),
    ...versionOf(unit),
    line: lineOf(unit),
  };
}

/**
 * An XLIFF 1.2 file as `output/xliff.ts` wrote it, after a CAT tool: units are matched by their
 * `<trans-unit>` ids, whatever groups, notes, namespaces or whitespace the tool changed. A target
 * counts as approved when its `state` is `final` or `signed-off`, or the unit says `approved="yes"`;
 * the version is the unit's `<context context-type="x-lektor-version">`.
 */
export function readXliff(root: Element, file: string): ReviewedFile {
  return xliffUnits(root, file, 'trans-unit', transUnit);
}

/** Either XLIFF version: the article its `<file>`s name, and each unit element named `name` read by `read`. */
export function xliffUnits(root: Element, file: string, name: string, read: (unit: Element, file: string) => ReviewedUnit): ReviewedFile {
  const files = childElements(root, 'file');
  return {
    article: singleArticle(file, files.map((f) => fileArticle(f, file))),
    units: files.flatMap((f) => descendantElements(f, name)).map((u) => read(u, file)),
  };
}
