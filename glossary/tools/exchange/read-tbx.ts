import type { Element } from '@xmldom/xmldom';
import { parseXml } from '../../../pipeline/core/parse-xml.js';
import { InputError } from '../../../pipeline/core/errors.js';
import type { RawTerm } from '../../build-terms.js';
import { buildTermAlone } from '../term-alone.js';
import type { ImportedTerms, ImportWarning } from './imported-term.js';
import { sourceField } from './imported-term.js';
import { ADMINISTRATIVE_STATUS, FORM_NOTE, lektorId } from './tbx-vocabulary.js';

// TBX 2019 names first, then the TBX 2008 (`martif`) names Weblate and older termbases write.
const CONCEPT = ['conceptEntry', 'termEntry'];
const LANG_SEC = ['langSec', 'langSet'];
const TERM_SEC = ['termSec', 'tig', 'ntig'];
const LEKTOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface TbxTerm {
  readonly text: string;
  readonly status?: string;
  readonly isForm: boolean;
}

/**
 * Reads the German–English concepts of a TBX file (TBX 2019 or the 2008 `martif` layout), the way
 * `export` writes them: German spellings and forms, the English target by `administrativeStatus`
 * (preferred: approved, admitted: proposed, only deprecated: a `status: forbidden` entry),
 * deprecated English renderings as `forbidden`, the concept's notes, its id. Concepts without
 * both languages are skipped, and what Lektor cannot keep is said in a warning.
 */
export function readTbx(text: string, file: string): ImportedTerms {
  const root = parseXml(text, file);
  if (root.localName !== 'tbx' && root.localName !== 'martif') {
    throw new InputError({ file, line: root.lineNumber ?? 1 }, `not a TBX file: the root element is <${root.localName}>, expected <tbx>`);
  }
  const warnings: ImportWarning[] = [];
  const terms = descendants(root, CONCEPT).flatMap((concept) => {
    const line = concept.lineNumber ?? 1;
    const result = conceptEntry(concept);
    if (typeof result === 'string') {
      warnings.push({ line, message: result });
      return [];
    }
    if (result.dropped.length > 0) warnings.push({ line, message: `Lektor keeps one English term per entry; dropped ${result.dropped.map((d) => `"${d}"`).join(', ')}` });
    return [{ entry: result.entry, line }];
  });
  return { terms, warnings };
}

/** The entry for one concept, or why it was skipped. */
function conceptEntry(concept: Element): { entry: RawTerm; dropped: string[] } | string {
  const german = languageTerms(concept, 'de');
  const english = languageTerms(concept, 'en');
  const sources = german.filter((t) => !t.isForm).map((t) => t.text);
  if (sources.length === 0 || english.length === 0) return 'skipped a concept without German and English terms';
  const preferred = english.filter((t) => t.status === undefined || t.status === ADMINISTRATIVE_STATUS.approved);
  const admitted = english.filter((t) => t.status === ADMINISTRATIVE_STATUS.proposed);
  const deprecated = english.filter((t) => !preferred.includes(t) && !admitted.includes(t));
  const [target, ...dropped] = [...preferred, ...admitted];
  const status = target === undefined ? 'forbidden' : preferred.includes(target) ? 'approved' : 'proposed';
  const rendering = target ?? deprecated[0]!;
  const forbidden = target === undefined ? [] : deprecated.map((t) => t.text);
  const forms = german.filter((t) => t.isForm).map((t) => t.text);
  const notes = children(concept, ['note']).map((n) => n.textContent?.trim() ?? '').filter(Boolean);
  const entry: RawTerm = {
    source: sourceField(sources),
    ...(status !== 'forbidden' && rendering.text === sources[0] ? { dnt: true } : { target: rendering.text }),
    ...(forms.length > 0 ? { forms } : {}),
    ...(forbidden.length > 0 ? { forbidden } : {}),
    ...(status === 'approved' ? {} : { status }),
    ...(notes.length > 0 ? { note: notes.join('\n') } : {}),
  };
  return { entry: withId(entry, lektorId(concept.getAttribute('id') ?? '')), dropped: dropped.map((t) => t.text) };
}

/** The concept's id, where it is a valid Lektor id other than the one Lektor would generate. */
function withId(entry: RawTerm, id: string): RawTerm {
  const built = buildTermAlone(entry, 1);
  if (!LEKTOR_ID.test(id) || ('term' in built && built.term.id === id)) return entry;
  return { id, ...entry };
}

function languageTerms(concept: Element, language: string): TbxTerm[] {
  return children(concept, LANG_SEC)
    .filter((sec) => (sec.getAttribute('xml:lang') ?? '').toLowerCase().split(/[-_]/)[0] === language)
    .flatMap((sec) => children(sec, TERM_SEC))
    .flatMap((sec) => {
      const text = descendants(sec, ['term'])[0]?.textContent?.trim();
      if (!text) return [];
      const status = descendants(sec, ['termNote']).find((n) => n.getAttribute('type') === 'administrativeStatus')?.textContent?.trim();
      const isForm = children(sec, ['note']).some((n) => n.textContent?.trim() === FORM_NOTE);
      return [{ text, isForm, ...(status ? { status } : {}) }];
    });
}

function children(parent: Element, names: readonly string[]): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && names.includes((n as Element).localName ?? ''));
}

function descendants(parent: Element, names: readonly string[]): Element[] {
  return Array.from(parent.getElementsByTagName('*')).filter((e) => names.includes(e.localName ?? ''));
}
