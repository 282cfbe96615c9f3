import type { DocMeta } from '../pipeline/core/doc.js';

/** `Xenova/opus-mt-de-en (fp32)`, or `none` for a document no model touched. */
export function modelLabel(meta: DocMeta): string {
  return meta.model ? `${meta.model.id} (${meta.model.dtype})` : 'none';
}

/** `news-de-en (12 terms)`, or `none` for a run without a glossary. */
export function glossaryLabel(meta: DocMeta): string {
  if (!meta.glossary) return 'none';
  const stack = meta.glossary.files ? `, stacked from ${meta.glossary.files.join(', ')}` : '';
  return `${meta.glossary.name} (${meta.glossary.terms} terms${stack})`;
}
