import type { Segment } from '../pipeline/doc.js';
import type { Render } from './render.js';

/** Table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function row(s: Segment): string {
  return `| ${s.id} | ${cell(s.source)} | ${cell(s.target ?? '')} |`;
}

/** Side-by-side review table, one row per sentence, in document order. */
const render: Render = (doc) => {
  const model = doc.meta.model ? `Model: ${doc.meta.model.id} (${doc.meta.model.dtype})` : 'Model: none';
  const lines = [`# ${cell(doc.meta.name)}`, '', `Source: ${cell(doc.meta.path)}  `, model, '', '| # | German | English |', '|---|---|---|'];
  for (const p of doc.paragraphs) for (const s of p.segments) lines.push(row(s));
  return lines.join('\n') + '\n';
};

export default render;
