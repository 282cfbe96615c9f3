import type { LektorDoc } from '../pipeline/core/doc.js';

/** What a writer may know besides the document; nothing else varies its bytes. */
export interface RenderOptions {
  /** Timestamp for headers; tests pin it. */
  readonly now: Date;
  /** Lektor's version, for tool headers. */
  readonly toolVersion: string;
}

/** A writer: a pure function from document to file contents. */
export type Render = (doc: LektorDoc, options: RenderOptions) => string;
