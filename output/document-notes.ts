import type { LektorDoc } from '../pipeline/doc.js';
import { glossaryLabel, modelLabel } from './meta-labels.js';
import { xmlSafe } from './xml-text.js';

/** File-level notes for the XML formats: which model and glossary produced the targets. */
export function documentNotes(doc: LektorDoc): string[] {
  return [`Model: ${modelLabel(doc.meta)}`, `Glossary: ${glossaryLabel(doc.meta)}`].map(xmlSafe);
}
