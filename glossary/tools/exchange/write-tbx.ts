import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { xmlSafe } from '../../../pipeline/core/xml-text.js';
import { foldGerman } from '../../german-key.js';
import type { Glossary, GlossaryTerm } from '../../types.js';
import { ADMINISTRATIVE_STATUS, FORBIDDEN_STATUS, FORM_NOTE, TBX_NS, tbxId, VARIANT_TERM_TYPE } from './tbx-vocabulary.js';

/**
 * TBX-Basic (ISO 30042, DCA style), valid against the TBX core structure schema: one
 * `conceptEntry` per entry, with the German spellings and forms in a `de` language section and the
 * English in an `en` one, whose `administrativeStatus` comes from `status` (approved: preferred,
 * proposed: admitted, forbidden and `forbidden` renderings: deprecated). The note goes on the
 * concept.
 */
export function writeTbx(glossary: Glossary): string {
  const tbx = create({ version: '1.0', encoding: 'UTF-8' }).ele(TBX_NS, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
  const fileDesc = tbx.ele('tbxHeader').ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt(xmlSafe(glossary.name));
  fileDesc.ele('sourceDesc').ele('p').txt(xmlSafe(glossary.description ?? 'Exported from a Lektor glossary'));
  const text = tbx.ele('text');
  // The schema wants at least one concept in a body, so an empty glossary has none.
  if (glossary.terms.length > 0) {
    const body = text.ele('body');
    for (const term of glossary.terms) writeConcept(body, term, ownForbidden(term, glossary));
  }
  return `${tbx.end({ prettyPrint: true })}\n`;
}

function writeConcept(body: XMLBuilder, term: GlossaryTerm, forbidden: readonly string[]): void {
  const concept = body.ele('conceptEntry', { id: tbxId(term.id) });
  if (term.note !== undefined) concept.ele('note').txt(xmlSafe(term.note));
  const de = concept.ele('langSec', { 'xml:lang': 'de' });
  term.source.forEach((variant, i) => {
    const sec = termSec(de, variant);
    if (i > 0) sec.ele('termNote', { type: 'termType' }).txt(VARIANT_TERM_TYPE);
  });
  for (const form of term.forms) termSec(de, form).ele('note').txt(FORM_NOTE);
  const en = concept.ele('langSec', { 'xml:lang': 'en' });
  termSec(en, term.target).ele('termNote', { type: 'administrativeStatus' }).txt(ADMINISTRATIVE_STATUS[term.status]);
  for (const rendering of forbidden) termSec(en, rendering).ele('termNote', { type: 'administrativeStatus' }).txt(FORBIDDEN_STATUS);
}

function termSec(langSec: XMLBuilder, text: string): XMLBuilder {
  const sec = langSec.ele('termSec');
  sec.ele('term').txt(xmlSafe(text));
  return sec;
}

/**
 * The entry's own `forbidden` list. The loaded term also holds the targets of the
 * `status: forbidden` entries that correct it, which are concepts of their own in the TBX.
 */
function ownForbidden(term: GlossaryTerm, glossary: Glossary): string[] {
  const german = new Set([...term.source, ...term.forms].map(foldGerman));
  const attached = glossary.terms.filter((t) => t.status === 'forbidden' && t.source.some((v) => german.has(foldGerman(v)))).map((t) => t.target);
  const own = [...term.forbidden];
  for (const target of attached) {
    const at = own.lastIndexOf(target);
    if (at !== -1) own.splice(at, 1);
  }
  return own;
}
