/**
 * Words that leave a phrase open: no German sentence or headline ends in one, so a line that does
 * was wrapped (`… sanken während der` / `ersten drei Monate …`, a lone `Andere` above
 * `Fischsorten …`). Left out are words that also end clauses: prepositions that are verb particles
 * (`an`, `auf`, `aus`, `mit`, `zu`: `Die Schule bleibt zu`) or adverbs (`außerhalb`, `ohne`: `Es geht
 * auch ohne`), postpositions (`gegenüber`, `entlang`), `das` and `ein` (`So geht das`, `Russland
 * lenkt ein`) and pronouns (`jeder`, `keiner`, `alle`, `viele`: `Das kann jeder`).
 */
const DANGLING_WORDS: ReadonlySet<string> = new Set([
  // articles and determiners that need their noun
  'der', 'die', 'dem', 'den', 'des', 'eine', 'einer', 'eines', 'einem', 'einen',
  'dieser', 'diese', 'diesem', 'diesen', 'dieses',
  'seine', 'seinem', 'seinen', 'ihre', 'ihrem', 'ihren', 'unsere', 'unserem', 'unseren', 'andere',
  // prepositions that are never verb particles
  'von', 'vom', 'für', 'zum', 'zur', 'im', 'ins', 'am', 'beim', 'in', 'während', 'wegen', 'trotz', 'seit',
  'zwischen', 'gegen', 'hinter', 'neben', 'anstatt', 'bis',
  // conjunctions
  'und', 'oder', 'sowie', 'sondern', 'dass', 'weil', 'ob', 'obwohl', 'nachdem', 'bevor', 'sodass', 'wenn',
  'als', 'falls', 'sobald', 'sowohl', 'weder', 'entweder',
]);

/** Whether `word` leaves its phrase open (`der`, `während`, `Andere`), in any case. */
export function isDanglingWord(word: string): boolean {
  return DANGLING_WORDS.has(word.toLowerCase());
}
