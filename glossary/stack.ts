import { collides } from './build-terms.js';
import { foldGerman } from './german-key.js';
import type { Glossary, GlossaryTerm } from './types.js';

/**
 * One glossary from several, each already checked on its own: a later file's entry replaces every
 * earlier entry for the same German (variants that fold alike, as within one file) or with the same
 * id, together with the earlier file's `status: forbidden` corrections of it, since the later file
 * now says which English to use. Every term keeps the `file` it came from.
 */
export function stackGlossaries(glossaries: readonly Glossary[]): Glossary {
  const [first, ...later] = glossaries;
  if (!first) throw new TypeError('stackGlossaries: needs at least one glossary');
  const terms = later.reduce<readonly GlossaryTerm[]>((kept, glossary) => {
    const shadowing = shadowingIndex(glossary.terms);
    return [...kept.filter((term) => !shadowing(term)), ...glossary.terms];
  }, first.terms);
  return { ...glossaries[glossaries.length - 1]!, files: glossaries.flatMap((g) => g.files), terms };
}

/**
 * A look-up over a later file's entries: the one that replaces a given earlier term, if any.
 * Indexed by id and folded spelling, so stacking large lists stays linear.
 */
export function shadowingIndex(later: readonly GlossaryTerm[]): (term: GlossaryTerm) => GlossaryTerm | undefined {
  const byId = new Map<string, GlossaryTerm>();
  const byKey = new Map<string, { variant: string; term: GlossaryTerm }[]>();
  for (const term of later) {
    if (term.status === 'forbidden') continue;
    byId.set(term.id, term);
    for (const variant of variantsOf(term)) byKey.set(foldGerman(variant), [...(byKey.get(foldGerman(variant)) ?? []), { variant, term }]);
  }
  return (term) =>
    byId.get(term.id) ??
    variantsOf(term)
      .flatMap((variant) => (byKey.get(foldGerman(variant)) ?? []).filter((other) => collides({ variant, rule: term.case }, { variant: other.variant, rule: other.term.case })))
      .map((other) => other.term)[0];
}

function variantsOf(term: GlossaryTerm): readonly string[] {
  return [...term.source, ...term.forms];
}
