import type { LektorDoc } from '../pipeline/core/doc.js';
import { renderPage } from './review-page/render-page.js';
import { INDEX_TEMPLATE } from './review-page/index-template.js';
import { FORMATS } from './index.js';
import { modelLabel } from './meta-labels.js';
import type { RenderOptions } from './render.js';
import { reviewCounts, type ReviewCounts } from './review-status.js';
import { humanTimestamp } from './timestamp.js';

/**
 * What the batch index needs of one article: small enough to keep for every article of a large
 * batch after its document is gone.
 */
export interface ReviewIndexEntry {
  readonly name: string;
  readonly model: string;
  readonly counts: ReviewCounts;
}

/** An index entry on the page `lektor review serve` serves: with how far its review has come. */
export interface EditorIndexEntry extends ReviewIndexEntry {
  readonly progress: { readonly reviewed: number; readonly sentences: number };
}

/** A sentence a search of the folder found. */
export interface SearchHit {
  readonly article: string;
  /** Segment id, `s0001`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** A search of every article's German and English, as the served index shows it. */
export interface FolderSearch {
  readonly query: string;
  /** The first sentences found, in article and sentence order. */
  readonly results: readonly SearchHit[];
  /** How many articles have a sentence found. */
  readonly articles: number;
  /** Whether more sentences were found than `results` holds. */
  readonly more: boolean;
}

export function reviewIndexEntry(doc: LektorDoc): ReviewIndexEntry {
  return { name: doc.meta.name, model: modelLabel(doc.meta), counts: reviewCounts(doc) };
}

const COUNT_KEYS = ['segments', 'flagged', 'termsMissing', 'needsReview', 'termHits', 'termsRepaired', 'lowConfidence', 'unreviewed'] as const satisfies readonly (keyof ReviewCounts)[];

function sum(all: readonly ReviewCounts[]): ReviewCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, all.reduce((n, c) => n + c[k], 0)])) as Record<keyof ReviewCounts, number>;
}

function indexView<E extends ReviewIndexEntry>(entries: readonly E[], options: RenderOptions) {
  const articles = [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // Encoded so a file name can only ever be a relative link, never a scheme like `javascript:`.
    .map((entry) => ({ ...entry, href: `${encodeURIComponent(entry.name)}${FORMATS.html.suffix}` }));
  return { articles, totals: sum(articles.map((a) => a.counts)), date: humanTimestamp(options.now), toolVersion: options.toolVersion };
}

/**
 * The batch's `index.html`: one row per article with its counts, linking to its review page.
 * Articles are listed by name, so the page does not depend on the order they finished in.
 */
export function renderReviewIndex(entries: readonly ReviewIndexEntry[], options: RenderOptions): string {
  return renderPage(INDEX_TEMPLATE, indexView(entries, options), { title: 'Lektor review', generator: `Lektor ${options.toolVersion}` });
}

/**
 * The index as `lektor review serve` serves it: the same, with each article's sentences reviewed
 * so far, a search of every article (a form sent to the server), and what a search found, each
 * sentence linked to its row.
 */
export function renderEditorIndex(entries: readonly EditorIndexEntry[], options: RenderOptions, search?: FolderSearch): string {
  const editor = {
    reviewed: entries.reduce((n, e) => n + e.progress.reviewed, 0),
    sentences: entries.reduce((n, e) => n + e.progress.sentences, 0),
  };
  const found = search && { ...search, results: search.results.map((hit) => ({ ...hit, href: `${encodeURIComponent(hit.article)}${FORMATS.html.suffix}#${hit.id}` })) };
  return renderPage(INDEX_TEMPLATE, { ...indexView(entries, options), editor, ...(found ? { search: found } : {}) }, { title: 'Lektor review', generator: `Lektor ${options.toolVersion}`, form: true });
}
