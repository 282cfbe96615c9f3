import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { repoRoot } from './run-cli.js';

/** A documentation page as read: its path from the repository's root, text and syntax tree. */
export interface DocPage {
  readonly file: string;
  readonly text: string;
  readonly tree: Root;
}

/** The pages the documentation checks read: README.md, then every page of docs/ by name. */
export function docPages(): DocPage[] {
  const docs = readdirSync(path.join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).sort();
  return ['README.md', ...docs.map((f) => `docs/${f}`)].map(readDocPage);
}

export function readDocPage(file: string): DocPage {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  return { file, text, tree: fromMarkdown(text) };
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

/**
 * Where the section under the heading whose text is `title` (`## Options of lektor serve` →
 * `Options of lektor serve`) lies in the page's text: from the heading to the next heading of its
 * level or above.
 */
export function sectionRange(page: DocPage, title: string): { readonly start: number; readonly end: number } {
  const children = page.tree.children;
  const at = children.findIndex((n) => n.type === 'heading' && headingText(page, n) === title);
  if (at < 0) throw new Error(`sectionRange: ${page.file} has no heading "${title}"`);
  const heading = children[at] as Extract<Nodes, { type: 'heading' }>;
  const next = children.slice(at + 1).find((n) => n.type === 'heading' && n.depth <= heading.depth);
  return { start: start(heading), end: next ? start(next) : page.text.length };
}

/** The text of that section, heading included. */
export function sectionText(page: DocPage, title: string): string {
  const { start: from, end } = sectionRange(page, title);
  return page.text.slice(from, end);
}

function headingText(page: DocPage, heading: Extract<Nodes, { type: 'heading' }>): string {
  return page.text.slice(start(heading), heading.position?.end.offset).replace(/^#+\s*/, '').trim();
}

/** A fenced code block with what stands right before it (an HTML comment, for the examples' markers). */
export interface CodeBlock {
  readonly page: DocPage;
  readonly node: Code;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The HTML node just before the block, if that is what precedes it. */
  readonly htmlBefore: string | undefined;
}

/** Every fenced code block of the page, nested ones (in lists, quotes) included, in order. */
export function codeBlocks(page: DocPage): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const walk = (parent: Nodes): void => {
    if (!('children' in parent)) return;
    parent.children.forEach((child, i) => {
      if (child.type === 'code') {
        const before = parent.children[i - 1];
        blocks.push({ page, node: child, line: child.position?.start.line ?? 0, htmlBefore: before?.type === 'html' ? before.value : undefined });
      } else {
        walk(child);
      }
    });
  };
  walk(page.tree);
  return blocks;
}
