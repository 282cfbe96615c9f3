import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../glossary/parse.js';
import { GlossaryError } from '../../pipeline/core/errors.js';

const head = 'source_lang: de\ntarget_lang: en\nterms:\n';

describe('parseGlossary', () => {
  it('fills defaults: generated id, case rule, status, dnt target', () => {
    const glossary = parseGlossary(
      `${head}  - source: EWTP\n    target: eWTP\n  - source: [De-Risking, Derisking]\n    target: de-risking\n  - source: Alibaba\n    dnt: true\n`,
      'dir/news.yaml',
    );
    expect(glossary).toMatchObject({ name: 'news', path: 'dir/news.yaml', files: ['dir/news.yaml'], sourceLang: 'de', targetLang: 'en' });
    expect(glossary.terms).toEqual([
      { id: 'ewtp', source: ['EWTP'], forms: [], target: 'eWTP', dnt: false, case: 'sensitive', status: 'approved', forbidden: [], line: 4, file: 'dir/news.yaml' },
      { id: 'de-risking', source: ['De-Risking', 'Derisking'], forms: [], target: 'de-risking', dnt: false, case: 'insensitive', status: 'approved', forbidden: [], line: 6, file: 'dir/news.yaml' },
      { id: 'alibaba', source: ['Alibaba'], forms: [], target: 'Alibaba', dnt: true, case: 'insensitive', status: 'approved', forbidden: [], line: 8, file: 'dir/news.yaml' },
    ]);
  });

  it('keeps explicit fields and name/description', () => {
    const glossary = parseGlossary(
      'name: Belgium\ndescription: for tests\n' +
        `${head}  - id: liege\n    source: Lüttich\n    forms: [Lüttichs]\n    target: Liège\n    case: sensitive\n    note: exonym\n    forbidden: [Liege]\n`,
      'g.yaml',
    );
    expect(glossary.name).toBe('Belgium');
    expect(glossary.description).toBe('for tests');
    expect(glossary.terms[0]).toEqual({
      id: 'liege', source: ['Lüttich'], forms: ['Lüttichs'], target: 'Liège', dnt: false, case: 'sensitive', status: 'approved', forbidden: ['Liege'], note: 'exonym', line: 6, file: 'g.yaml',
    });
  });

  it('transliterates German letters in generated ids', () => {
    const glossary = parseGlossary(`${head}  - source: EU-Kommissionspräsidentin\n    target: President of the European Commission\n  - source: Straße\n    target: road\n`, 'g.yaml');
    expect(glossary.terms.map((t) => t.id)).toEqual(['eu-kommissionspraesidentin', 'strasse']);
  });

  it('attaches a status: forbidden entry to the entry it corrects', () => {
    const glossary = parseGlossary(`${head}  - source: Lüttich\n    target: Liège\n    forbidden: [Liege]\n  - source: Lüttich\n    target: Luttich\n    status: forbidden\n`, 'g.yaml');
    expect(glossary.terms[0]!.forbidden).toEqual(['Liege', 'Luttich']);
    expect(glossary.terms[1]).toMatchObject({ id: 'luettich-not-luttich', status: 'forbidden', target: 'Luttich' });
  });

  it('lets a case-sensitive variant differ from another only in case', () => {
    const glossary = parseGlossary(`${head}  - source: AM\n    target: AM\n    case: sensitive\n  - source: Am\n    id: am-word\n    target: at the\n    case: sensitive\n`, 'g.yaml');
    expect(glossary.terms).toHaveLength(2);
  });

  it('accepts an empty term list and a byte order mark', () => {
    expect(parseGlossary('\uFEFFsource_lang: de\ntarget_lang: en\nterms: []\n', 'g.yaml').terms).toEqual([]);
  });

  const invalid: [string, string, string][] = [
    ['malformed YAML', `${head}  - source: [a, b\n`, 'g.yaml:5:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['duplicate key', `${head}  - source: A\n    source: B\n    target: x\n`, 'g.yaml:5:5: invalid YAML: Map keys must be unique'],
    ['tab indentation', `${head}\t- source: A\n`, 'g.yaml:4:1: invalid YAML: Tabs are not allowed as indentation'],
    ['two documents', `${head}  - source: A\n    target: a\n---\nterms: []\n`, 'g.yaml:6:1: invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()'],
    ['unresolved alias', `${head}  - source: *x\n`, 'g.yaml:4:13: invalid YAML: Unresolved alias (the anchor must be set before the alias): x'],
    ['empty file', '', 'g.yaml:1:1: the glossary must be a mapping with source_lang, target_lang and terms'],
    ['a list at the top', '- a\n- b\n', 'g.yaml:1:1: the glossary must be a mapping with source_lang, target_lang and terms'],
    ['missing source_lang', 'target_lang: en\nterms: []\n', 'g.yaml:1:1: source_lang is required'],
    ['missing terms', 'source_lang: de\ntarget_lang: en\n', 'g.yaml:1:1: terms is required'],
    ['wrong source_lang', 'source_lang: fr\ntarget_lang: en\nterms: []\n', 'g.yaml:1:1: source_lang must be de, got "fr"'],
    ['wrong target_lang', 'source_lang: de\ntarget_lang: fr\nterms: []\n', 'g.yaml:2:1: target_lang must be en, got "fr"'],
    ['unknown top-level key', `glossar: x\n${head}`, 'g.yaml:1:1: unknown key "glossar" (expected one of source_lang, target_lang, name, description, terms)'],
    ['blank name', `name: " "\n${head}`, 'g.yaml:1:1: name must be a non-empty string'],
    ['terms not a list', 'source_lang: de\ntarget_lang: en\nterms: foo\n', 'g.yaml:3:1: terms must be a list of entries'],
    ['entry not a mapping', `${head}  - Lüttich\n`, 'g.yaml:4:5: term 1: an entry must be a mapping with at least source and target'],
    ['unknown term key', `${head}  - source: A\n    tagret: a\n`, 'g.yaml:5:5: term "A": unknown key "tagret" (expected one of id, source, target, forms, dnt, case, note, status, forbidden)'],
    ['missing source', `${head}  - target: a\n`, 'g.yaml:4:5: term 1: source is required'],
    ['empty source', `${head}  - source: ""\n    target: x\n`, 'g.yaml:4:5: term 1: source must be a non-empty string or a list of non-empty strings'],
    ['blank source', `${head}  - source: "   "\n    target: x\n`, 'g.yaml:4:5: term 1: source must be a non-empty string or a list of non-empty strings'],
    ['empty source list', `${head}  - source: []\n    target: x\n`, 'g.yaml:4:5: term 1: source must be a non-empty string or a list of non-empty strings'],
    ['empty source variant', `${head}  - source: [A, ""]\n    target: x\n`, 'g.yaml:4:17: term "A": source must be a non-empty string or a list of non-empty strings'],
    ['numeric source', `${head}  - source: 42\n    target: x\n`, 'g.yaml:4:5: term 1: source must be a non-empty string or a list of non-empty strings'],
    ['missing target', `${head}  - source: Lüttich\n    note: x\n`, 'g.yaml:4:5: term "Lüttich": target is required (or dnt: true to keep the German)'],
    ['empty target', `${head}  - source: Lüttich\n    target:\n`, 'g.yaml:5:5: term "Lüttich": target must be a non-empty string'],
    ['target a list', `${head}  - source: Lüttich\n    target: [Liège]\n`, 'g.yaml:5:5: term "Lüttich": target must be a non-empty string'],
    ['bad case rule', `${head}  - source: A\n    target: a\n    case: upper\n`, 'g.yaml:6:5: term "A": case must be one of sensitive, insensitive, got "upper"'],
    ['bad status', `${head}  - source: A\n    target: a\n    status: done\n`, 'g.yaml:6:5: term "A": status must be one of approved, proposed, forbidden, got "done"'],
    ['dnt not boolean', `${head}  - source: A\n    dnt: yes please\n`, 'g.yaml:5:5: term "A": dnt must be true or false'],
    ['forbidden not a list', `${head}  - source: A\n    target: a\n    forbidden: b\n`, 'g.yaml:6:5: term "A": forbidden must be a list of non-empty strings'],
    ['forms with a blank', `${head}  - source: A\n    target: a\n    forms: [" "]\n`, 'g.yaml:6:13: term "A": forms must be a list of non-empty strings'],
    ['bad id', `${head}  - source: A\n    target: a\n    id: Foo Bar\n`, 'g.yaml:6:5: term "A": id must be lowercase letters and digits joined by single hyphens (e.g. "eu-commission")'],
    ['duplicate id', `${head}  - source: A\n    target: a\n    id: x\n  - source: B\n    target: b\n    id: x\n`, 'g.yaml:9:5: term "B": duplicate id "x", also used by term "A" at line 4'],
    ['clashing generated ids', `${head}  - source: C\n    target: c\n  - source: C++\n    target: c++\n`, 'g.yaml:6:5: term "C++": the id generated from the source, "c", is already used by term "C" at line 4; add an id'],
    ['no id from punctuation', `${head}  - source: "()"\n    target: x\n`, 'g.yaml:4:5: term "()": cannot make an id from source "()"; add an id'],
    ['same source, different targets', `${head}  - source: Lüttich\n    target: Liège\n  - source: Lüttich\n    target: Liege\n`, 'g.yaml:6:5: term "Lüttich": source "Lüttich" is already covered by term "Lüttich" at line 4 with a different target ("Liège")'],
    ['same source spelt with ue', `${head}  - source: Lüttich\n    target: Liège\n  - source: [Luettich]\n    id: l2\n    target: Liège\n`, 'g.yaml:6:5: term "Luettich": source "Luettich" is already covered by term "Lüttich" at line 4'],
    ['a form claimed twice', `${head}  - source: Zentrum\n    target: centre\n  - source: Mitte\n    forms: [zentrum]\n    target: middle\n`, 'g.yaml:6:5: term "Mitte": source "zentrum" is already covered by term "Zentrum" at line 4 with a different target ("centre")'],
    ['dnt with another target', `${head}  - source: Alibaba\n    dnt: true\n    target: Ali\n`, 'g.yaml:6:5: term "Alibaba": dnt: true keeps the source as the English, so target "Ali" contradicts it; remove one of them'],
    ['target also forbidden', `${head}  - source: Lüttich\n    target: Liège\n    forbidden: [Liège]\n`, 'g.yaml:6:5: term "Lüttich": target "Liège" is also listed as forbidden'],
    ['forbidden entry with nothing to correct', `${head}  - source: Lüttich\n    target: Liege\n    status: forbidden\n`, 'g.yaml:6:5: term "Lüttich": status: forbidden needs an approved or proposed entry with the same source that says which English to use'],
    ['forbidden entry marked dnt', `${head}  - source: Lüttich\n    target: Liège\n  - source: Lüttich\n    dnt: true\n    status: forbidden\n`, 'g.yaml:7:5: term "Lüttich": a forbidden entry names a wrong English rendering, so it cannot be dnt'],
  ];

  it.each(invalid)('rejects %s', (_name, text, message) => {
    let error: unknown;
    try {
      parseGlossary(text, 'g.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as GlossaryError).message).toBe(message);
  });

  it('reports the first problem in the file when there are several', () => {
    expect(() => parseGlossary(`${head}  - source: A\n    target: ""\n  - source: B\n    tagret: b\n`, 'g.yaml')).toThrow('g.yaml:5:5: term "A": target must be a non-empty string');
  });
});
