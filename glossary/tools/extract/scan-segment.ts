import { foldGerman, stemGerman } from '../../german-key.js';
import { splitWords, type Word } from '../../words.js';
import type { CandidateKind } from './candidate-kinds.js';

/** A stretch of a segment's source that may be a term. */
export interface Spotted {
  readonly kind: CandidateKind;
  /** Offsets into the segment's source. */
  readonly start: number;
  readonly end: number;
  /** The headword form: the text, or its nominative after a genitive article (`des Zentrums` → `Zentrum`). */
  readonly lemma: string;
}

/** A run of capitalised words that is a name only if its words occur nowhere else. */
export interface NameRun extends Spotted {
  /** Its capitalised words: a name's words occur nowhere but in the name. */
  readonly words: readonly string[];
}

export interface SegmentScan {
  readonly spotted: readonly Spotted[];
  readonly runs: readonly NameRun[];
}

/** What the scanner knows about the whole batch of articles. */
export interface ScanLexicon {
  /** German function words (lower case): never a term, never the start of a name. */
  readonly functionWords: ReadonlySet<string>;
  /** Words seen in lower case somewhere: capitalised only at a sentence start, so not nouns. */
  readonly lowercase: ReadonlySet<string>;
}

// Name particles stay inside a name (`Ursula von der Leyen`) but never start or end one.
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'la', 'le', 'di', 'da', 'del', 'zu', 'ten', 'ter']);
const GENITIVE_ARTICLES = new Set(['des', 'eines', 'dieses', 'jedes', 'jenes', 'keines', 'meines', 'deines', 'seines', 'ihres', 'unseres', 'eures']);
// „…“ and "…" in German news, “…”, »…« and «…».
const QUOTED = /[„“"»«]([^„“”"»«\n]+?)[“”"«»]/gu;
const MAX_QUOTED_WORDS = 3;

const isCapitalised = (core: string) => /^\p{Lu}/u.test(core);
const isAcronym = (core: string) => /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(core);
const isCompound = (core: string) => isCapitalised(core) && /\p{L}-\p{L}/u.test(core);
const isPlainWord = (core: string) => /^\p{L}[\p{L}'’]*$/u.test(core);

/**
 * Finds what in one sentence could be a term: quoted expressions, acronyms, hyphenated compounds,
 * runs of capitalised words (names, decided later), and capitalised nouns. The first word of a
 * sentence counts only if it is not a word the articles also write in lower case.
 */
export function scanSegment(source: string, lexicon: ScanLexicon): SegmentScan {
  const words = splitWords(source);
  const isNoun = (word: Word, i: number) => {
    const lower = word.core.toLowerCase();
    if (!isCapitalised(word.core) || !isPlainWord(word.core) || word.core.length < 3 || isAcronym(word.core)) return false;
    return !lexicon.functionWords.has(lower) && !(i === 0 && lexicon.lowercase.has(lower));
  };
  const spot = (kind: CandidateKind, word: Word, i: number): Spotted => ({ kind, start: word.start, end: word.end, lemma: lemmaOf(word, words[i - 1]) });
  const spotted: Spotted[] = [
    ...quotedIn(source),
    ...words.flatMap((w, i) => (isAcronym(w.core) ? [spot('acronym', w, i)] : isCompound(w.core) ? [spot('compound', w, i)] : isNoun(w, i) ? [spot('noun', w, i)] : [])),
  ];
  return { spotted, runs: nameRuns(source, words, (w, i) => isNoun(w, i) && !PARTICLES.has(w.core)) };
}

function quotedIn(source: string): Spotted[] {
  return [...source.matchAll(QUOTED)].flatMap((m) => {
    const inner = m[1]!;
    const lead = inner.length - inner.trimStart().length;
    const text = inner.trim();
    const count = splitWords(text).length;
    if (count === 0 || count > MAX_QUOTED_WORDS || !/\p{L}/u.test(text) || /[,.;:!?]$/u.test(text)) return [];
    const start = m.index + 1 + lead;
    return [{ kind: 'quoted' as const, start, end: start + text.length, lemma: text }];
  });
}

/** Maximal runs of two or more adjacent name words, particles allowed inside. */
function nameRuns(source: string, words: readonly Word[], isNameWord: (w: Word, i: number) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length > 0 && PARTICLES.has(run.at(-1)!.core)) run.pop();
    const named = run.filter((word) => !PARTICLES.has(word.core));
    if (named.length >= 2) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      runs.push({ kind: 'name', start, end, lemma: source.slice(start, end), words: named.map((word) => word.core) });
    }
    run = [];
  };
  words.forEach((word, i) => {
    const joined = run.length > 0 && run.at(-1)!.trail === '' && word.lead === '';
    if (!joined) close();
    if (isNameWord(word, i) || (run.length > 0 && joined && PARTICLES.has(word.core))) run.push(word);
    else close();
  });
  close();
  return runs;
}

/** `Zentrums` after `des`/`eines` is the genitive of `Zentrum`: the headword drops the ending. */
function lemmaOf(word: Word, previous: Word | undefined): string {
  if (!previous || !GENITIVE_ARTICLES.has(previous.core.toLowerCase())) return word.core;
  const stem = stemGerman(foldGerman(word.core));
  const base = ['es', 's']
    .filter((ending) => word.core.endsWith(ending) && word.core.length - ending.length >= 3)
    .map((ending) => word.core.slice(0, -ending.length))
    .find((b) => stemGerman(foldGerman(b)) === stem);
  return base ?? word.core;
}
