import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { InlineType } from '../core/doc.js';
import { InputError } from '../core/errors.js';
import { blockText, type BlockText, type FoundBlock } from './block-text.js';

const PAIRED: Partial<Record<Nodes['type'], InlineType>> = { emphasis: 'italic', strong: 'bold', delete: 'strike', link: 'link', linkReference: 'link' };
const TEXT_BLOCKS = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell']);
/**
 * The parser's time grows with the cube of nesting (a list 300 levels deep takes seconds, 1000
 * levels minutes); 400 columns of list indentation or quote markers is some 200 levels.
 */
const MAX_NESTING_PREFIX = 400;
const PREFIX = /^[ \t>]*/;

/** A double-quoted link title just before the closing parenthesis. */
const LINK_TITLE = /"((?:\\.|[^"\\])*)"\s*\)$/;

const TITLE = /^title:[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\n]*?))[ \t]*$/m;

/**
 * The translatable blocks of a CommonMark + GFM document (with YAML front matter), in document
 * order. Code, raw HTML, link targets and the front matter other than its `title:` are left out,
 * and so stay as written.
 */
export function readMarkdown(source: string, file: string): FoundBlock[] {
  checkNesting(source, file);
  const tree: Root = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const blocks: FoundBlock[] = [];
  const add = (block: FoundBlock | undefined): void => {
    if (block) blocks.push(block);
  };

  function phrasing(node: PhrasingContent, text: BlockText, next: PhrasingContent | undefined): void {
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    const paired = PAIRED[node.type];
    if (node.type === 'text') return text.addText(node.value, from, to);
    if (paired && 'children' in node && node.children.length > 0) {
      const inner = node.children;
      const opened = text.open(paired, from, inner[0]?.position?.start.offset ?? from);
      inner.forEach((child, i) => phrasing(child, text, inner[i + 1]));
      const closeFrom = inner.at(-1)?.position?.end.offset ?? to;
      if (node.type === 'link') linkTitle(node.title, closeFrom, to);
      return text.close(opened, closeFrom, to);
    }
    if (node.type === 'inlineCode') return text.standalone('code', from, to, node.value);
    // A hard break keeps the next line's prefix (`> `, indentation) with it.
    if (node.type === 'break') return text.standalone('break', from, next?.position?.start.offset ?? to, ' ');
    if (node.type === 'image') {
      const alt = source.slice(from, to).lastIndexOf('](');
      if (node.alt && alt > 1) add(attribute(node.alt, from + 2, from + alt, 'content'));
      linkTitle(node.title, from, to);
      return text.standalone('image', from, to, '');
    }
    text.standalone(node.type === 'html' ? 'protected' : 'other', from, to, '');
  }

  /** A link's or image's `"title"` at the end of `source[from, to)` (titles in other quotes stay as written). */
  function linkTitle(title: string | null | undefined, from: number, to: number): void {
    if (!title) return;
    const found = LINK_TITLE.exec(source.slice(from, to));
    if (found?.[1] === undefined) return;
    const start = from + found.index + 1;
    add(attribute(title, start, start + found[1].length, '"'));
  }

  function attribute(value: string, from: number, to: number, inside: 'content' | '"' | "'" | ''): FoundBlock | undefined {
    const text = blockText(source);
    text.addText(value, from, to);
    return text.finish('paragraph', inside === 'content' ? { in: 'content' } : { in: 'attribute', quote: inside });
  }

  function block(node: Nodes): void {
    if (TEXT_BLOCKS.has(node.type) && 'children' in node) {
      const text = blockText(source);
      const inner = node.children as PhrasingContent[];
      inner.forEach((child, i) => phrasing(child, text, inner[i + 1]));
      add(text.finish(node.type === 'heading' ? 'heading' : 'paragraph', { in: 'content' }));
      return;
    }
    if (node.type === 'yaml') return frontMatterTitle(node.position?.start.offset ?? 0, node.value);
    if ('children' in node) for (const child of (node as Parents).children) block(child);
  }

  function frontMatterTitle(at: number, value: string): void {
    const found = TITLE.exec(value);
    if (!found) return;
    // The value starts after `---\n` (or `---\r\n`).
    const offset = at + source.slice(at).indexOf(value);
    const [line, double, single, plain] = found;
    const quote = double !== undefined ? '"' : single !== undefined ? "'" : '';
    const raw = double ?? single ?? plain ?? '';
    const from = offset + found.index + line.indexOf(raw, 'title:'.length);
    const decoded = quote === '"' ? raw.replace(/\\(.)/g, '$1') : quote === "'" ? raw.replace(/''/g, "'") : raw;
    const title = attribute(decoded, from, from + raw.length, quote);
    if (title) blocks.push({ ...title, kind: 'heading' });
  }

  block(tree);
  return blocks;
}

function checkNesting(source: string, file: string): void {
  let line = 1;
  for (let at = 0; at < source.length; line++) {
    const prefix = PREFIX.exec(source.slice(at, at + MAX_NESTING_PREFIX + 1))?.[0].length ?? 0;
    if (prefix > MAX_NESTING_PREFIX) {
      throw new InputError({ file, line }, `nested too deeply to read (lists or quotes indented more than ${MAX_NESTING_PREFIX} columns)`);
    }
    const next = source.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
  }
}
