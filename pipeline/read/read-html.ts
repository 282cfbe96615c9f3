import { selectAll } from 'css-select';
import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import type { InputConfig } from '../config.js';
import type { InlineType, ParagraphKind } from '../core/doc.js';
import { InputError } from '../core/errors.js';
import { checkSelector } from './check-selector.js';
import { blockText, type BlockText, type FoundBlock } from './block-text.js';

/** Phrasing elements: they sit inside a sentence, so their markup travels with the text. */
const PAIRED: Readonly<Record<string, InlineType>> = {
  a: 'link', abbr: 'abbr', acronym: 'abbr', b: 'bold', strong: 'bold', i: 'italic', em: 'italic', cite: 'italic', dfn: 'italic',
  s: 'strike', strike: 'strike', del: 'strike', u: 'underline', ins: 'underline', sub: 'sub', sup: 'sup',
  span: 'other', font: 'other', small: 'other', big: 'other', mark: 'other', q: 'other', time: 'other', data: 'other', bdi: 'other', bdo: 'other', label: 'other', tt: 'other',
};
/** Inline elements whose content is never translated: written back whole, shown as their text. */
const CODE = new Set(['code', 'kbd', 'samp', 'var']);
/** Inline elements that are no text at all: written back whole. */
const EMBEDDED = new Set(['img', 'br', 'wbr', 'input', 'select', 'textarea', 'button', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'picture', 'script', 'noscript', 'template', 'meter', 'progress', 'output']);
/** Elements left as written with everything inside them. */
const UNTOUCHED = new Set(['script', 'style', 'pre', 'textarea', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'canvas', 'select', 'code', 'xmp', 'plaintext']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);
const TRANSLATED_ATTRIBUTES = ['alt', 'title'] as const;

/** `translate="no"` or the `notranslate` class: the convention browsers and Google Translate honour. */
function isProtected(el: Element): boolean {
  return el.attribs.translate?.toLowerCase() === 'no' || /(?:^|\s)notranslate(?:\s|$)/.test(el.attribs.class ?? '');
}

function isElement(node: AnyNode): node is Element {
  return 'attribs' in node;
}

/**
 * The translatable blocks of an HTML page (parsed as browsers do, so malformed markup is read the
 * way it is shown): runs of text and inline elements, and `alt`/`title` values. Scripts, styles,
 * `<pre>`, code, comments, other attributes and `translate="no"` parts stay as written.
 */
export function readHtml(source: string, file: string, options: InputConfig = {}): FoundBlock[] {
  const document = parse(source, { treeAdapter: adapter, sourceCodeLocationInfo: true });
  const blocks: FoundBlock[] = [];
  // The parser re-creates formatting elements that were left open (`<b>x<p>y`); the copies point at
  // the original's tag, which only the original may write.
  const seenTags = new Set<number>();
  const inlineCache = new Map<Element, boolean>();

  function isInline(node: ChildNode): boolean {
    if (!isElement(node)) return node.type === 'text' || node.type === 'comment';
    const cached = inlineCache.get(node);
    if (cached !== undefined) return cached;
    const name = node.name;
    const inline = EMBEDDED.has(name) || CODE.has(name) || (Object.hasOwn(PAIRED, name) && node.children.every(isInline));
    inlineCache.set(node, inline);
    return inline;
  }

  function attributes(el: Element): void {
    // parse5 records attribute positions; domhandler's types do not declare them.
    const locations = (el.sourceCodeLocation as { attrs?: Record<string, { startOffset: number; endOffset: number }> } | null | undefined)?.attrs;
    for (const name of TRANSLATED_ATTRIBUTES) {
      const value = el.attribs[name];
      const at = locations?.[name];
      if (value === undefined || !at) continue;
      const written = source.slice(at.startOffset, at.endOffset);
      const eq = written.indexOf('=');
      if (eq === -1) continue;
      const lead = written.slice(eq + 1).length - written.slice(eq + 1).trimStart().length;
      const from = at.startOffset + eq + 1 + lead;
      const quote = source[from] === '"' || source[from] === "'" ? (source[from] as '"' | "'") : '';
      const text = blockText(source);
      text.addText(value, from + quote.length, at.endOffset - quote.length);
      const block = text.finish('paragraph', { in: 'attribute', quote });
      if (block) blocks.push(block);
    }
  }

  function inline(node: ChildNode, text: BlockText): void {
    const at = node.sourceCodeLocation;
    if (!at) return;
    if (!isElement(node)) {
      if (node.type === 'text') text.addText((node as { data: string }).data, at.startOffset, at.endOffset);
      else text.standalone('protected', at.startOffset, at.endOffset, '');
      return;
    }
    const tag = node.sourceCodeLocation?.startTag;
    if (tag && seenTags.has(tag.startOffset)) {
      for (const child of node.children) inline(child, text);
      return;
    }
    if (tag) seenTags.add(tag.startOffset);
    const name = node.name;
    if (isProtected(node) || CODE.has(name)) return text.standalone(CODE.has(name) ? 'code' : 'protected', at.startOffset, at.endOffset, textContent(node));
    if (EMBEDDED.has(name)) {
      attributes(node);
      const type: InlineType = name === 'img' ? 'image' : name === 'br' ? 'break' : UNTOUCHED.has(name) ? 'protected' : 'other';
      return text.standalone(type, at.startOffset, at.endOffset, name === 'br' ? ' ' : '');
    }
    attributes(node);
    const end = node.sourceCodeLocation?.endTag;
    const opened = text.open(PAIRED[name] ?? 'other', tag?.startOffset ?? at.startOffset, tag?.endOffset ?? at.startOffset);
    for (const child of node.children) inline(child, text);
    const closeAt = end?.startOffset ?? node.children.at(-1)?.sourceCodeLocation?.endOffset ?? tag?.endOffset ?? at.startOffset;
    text.close(opened, closeAt, end?.endOffset ?? closeAt);
  }

  /** The children of `parent`: runs of inline content become blocks, other elements are entered. */
  function container(parent: ParentNode, kind: ParagraphKind): void {
    let text: BlockText | undefined;
    const flush = (): void => {
      const block = text?.finish(kind, { in: 'content' });
      if (block) blocks.push(block);
      text = undefined;
    };
    for (const child of parent.children) {
      if (isInline(child)) {
        text ??= blockText(source);
        inline(child, text);
        continue;
      }
      flush();
      if (isElement(child)) element(child);
    }
    flush();
  }

  function element(el: Element): void {
    if (isProtected(el) || UNTOUCHED.has(el.name)) return;
    const tag = el.sourceCodeLocation?.startTag;
    if (tag) {
      if (seenTags.has(tag.startOffset)) return container(el, 'paragraph');
      seenTags.add(tag.startOffset);
    }
    attributes(el);
    container(el, HEADINGS.has(el.name) ? 'heading' : 'paragraph');
  }

  if (options.select === undefined) {
    container(document, 'paragraph');
  } else {
    checkSelector(options.select);
    const matched = selectAll<AnyNode, Element>(options.select, document);
    if (matched.length === 0) throw new InputError({ file }, `--select "${options.select}" matches nothing on the page`);
    const roots = matched.filter((el) => !matched.some((other) => other !== el && contains(other, el)));
    for (const root of roots) element(root);
  }
  return blocks;
}

function contains(ancestor: Element, node: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as { data: string }).data;
  return 'children' in node ? (node.children as AnyNode[]).map(textContent).join('') : '';
}
