import type { LektorDoc } from '../pipeline/core/doc.js';
import { glossaryLabel, modelLabel } from './meta-labels.js';
import { xmlSafe } from '../pipeline/core/xml-text.js';

/** File-level notes for the XML formats: which model and glossary produced the targets. */
export function documentNotes(doc: LektorDoc): string[] {
  return [`Model: ${modelLabel(doc.meta)}`, `Glossary: ${glossaryLabel(doc.meta)}`].map(xmlSafe);
}
