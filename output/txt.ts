import type { Render } from './render.js';

/** The English article: one line per paragraph, paragraphs separated by a blank line. */
const render: Render = (doc) =>
  doc.paragraphs.map((p) => p.segments.map((s) => s.target ?? '').join(' ')).join('\n\n') + '\n';

export default render;
