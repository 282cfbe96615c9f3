import stopword from 'stopword';
import type { Word } from './words.js';

/**
 * Telling German words inside an English sentence.
 *
 * Why a word list and not a language identifier (franc, eld, tinyld): identifiers score whole
 * texts by character n-grams and need a sentence or more to be reliable, while a model that
 * gives up leaves German fragments of three to six words inside otherwise English output, next
 * to names that look German to any identifier. German function words (articles, pronouns,
 * auxiliaries, prepositions) occur in every German clause and almost never in English, so a few
 * of them in a row are strong evidence on their own and point at the exact words.
 */

const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(stopword.eng);

// German stop words that are everyday English words too ("war", "will", "so", "man").
const ALSO_ENGLISH = new Set([
  'ag', 'bin', 'ei', 'en', 'gab', 'gar', 'gut', 'hat', 'hin', 'ja', 'je', 'lang', 'los', 'mag', 'mal',
  'man', 'na', 'sa', 'so', 'tag', 'tat', 'tel', 'um', 'war', 'weg', 'will', 'wo',
]);

const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  stopword.deu.filter((w) => /^\p{L}{2,}$/u.test(w) && !ENGLISH_STOP_WORDS.has(w) && !ALSO_ENGLISH.has(w)),
);

// Particles of names (`Ursula von der Leyen`, `Karl-Theodor zu Guttenberg`) stay German in English.
const NAME_PARTICLE_START = new Set(['von', 'van', 'vom', 'zu', 'zur', 'de', 'ten', 'ter']);
const NAME_PARTICLE = new Set([...NAME_PARTICLE_START, 'der', 'den', 'dem', 'und']);

const isCapitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text);
const hasGermanLetters = (w: Word): boolean => /[äöüß]/u.test(w.key);
const isEnglishWord = (w: Word): boolean => ENGLISH_STOP_WORDS.has(w.key) || ALSO_ENGLISH.has(w.key);

/** Whether a German sentence has anything a translation would have to change. */
export function looksGerman(words: readonly Word[]): boolean {
  return words.some(
    (w) => GERMAN_FUNCTION_WORDS.has(w.key) || hasGermanLetters(w) || (!isCapitalised(w) && /^\p{L}{3,}$/u.test(w.text) && !isEnglishWord(w)),
  );
}

/**
 * How much a target word says that it is untranslated German: `german` words could be nothing
 * else (function words, umlauts), `copied` ones are lower-case words taken over from the source,
 * `neutral` ones are capitalised words from the source, which may be names and prove nothing.
 */
type Evidence = 'german' | 'copied' | 'neutral' | 'none';

/**
 * Runs of German words in `target`: at least `minLength` words, `minStrong` of them German or
 * copied, and at least one unmistakably German (a slogan quoted in English in the German article
 * is copied too, but has no German word in it).
 */
export function germanRuns(source: readonly Word[], target: readonly Word[], minStrong: number, minLength: number): Word[][] {
  const fromSource = new Set(source.map((w) => w.text));
  const particles = nameParticles(target);
  const evidence = (w: Word, i: number): Evidence => {
    if (/^\p{N}/u.test(w.text)) return 'none';
    if (particles.has(i)) return 'neutral';
    if (GERMAN_FUNCTION_WORDS.has(w.key) || (hasGermanLetters(w) && !isCapitalised(w))) return 'german';
    if (!fromSource.has(w.text) || isEnglishWord(w)) return 'none';
    return isCapitalised(w) ? 'neutral' : 'copied';
  };
  const runs: Word[][] = [];
  let run: Word[] = [];
  let found: Evidence[] = [];
  const close = () => {
    const strong = found.filter((e) => e === 'german' || e === 'copied').length;
    if (strong >= minStrong && run.length >= minLength && found.includes('german')) runs.push(run);
    run = [];
    found = [];
  };
  target.forEach((w, i) => {
    const e = evidence(w, i);
    if (e === 'none') return close();
    run.push(w);
    found.push(e);
  });
  close();
  return runs;
}

/** Indexes of words that are particles of a following capitalised name. */
function nameParticles(words: readonly Word[]): Set<number> {
  const found = new Set<number>();
  words.forEach((w, i) => {
    if (!NAME_PARTICLE_START.has(w.text)) return;
    let end = i;
    while (end < words.length && NAME_PARTICLE.has(words[end]?.text ?? '')) end += 1;
    const name = words[end];
    if (name && isCapitalised(name)) for (let j = i; j < end; j += 1) found.add(j);
  });
  return found;
}
