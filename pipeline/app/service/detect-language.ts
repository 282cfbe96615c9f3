import { francAll } from 'franc';

/** LibreTranslate's word for a detected language: its code, and 0–100. */
export interface DetectedLanguage {
  readonly language: string;
  readonly confidence: number;
}

/**
 * The languages told apart, as franc's ISO 639-3 codes and LibreTranslate's ISO 639-1 ones: German,
 * English and the languages a newsroom most often receives besides. Fewer candidates make short
 * texts less often mistaken for a near neighbour (Danish, Norwegian) nobody sends.
 */
const CANDIDATES: Readonly<Record<string, string>> = {
  deu: 'de',
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  pol: 'pl',
};

/** How far behind the best language German may score and still be taken for German (franc's scores: the best is 1). */
const GERMAN_TOLERANCE = 0.1;

const scoresOf = (text: string): readonly (readonly [string, number])[] => francAll(text, { only: Object.keys(CANDIDATES) });

const percent = (share: number): number => Math.max(0, Math.min(100, Math.round(share * 100)));

/**
 * The language of `text` (franc's trigram detector, offline), with how far it is ahead of the
 * next candidate as the confidence: near 0 when two languages fit as well (short texts), higher the
 * clearer the text. Too short to tell (under 10 characters): German with confidence 0, the only
 * language Lektor translates.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const [best, next] = scoresOf(text);
  const language = best === undefined ? undefined : CANDIDATES[best[0]];
  if (language === undefined) return { language: 'de', confidence: 0 };
  return { language, confidence: percent(1 - (next?.[1] ?? 0)) };
}

/**
 * Whether `text` can be translated as German, for `source: auto`: German when it scores best or
 * nearly so (a short German greeting scores close to Dutch) or the text is too short to tell; the
 * confidence is German's lead over the best other language, 0 when it has none. Otherwise the
 * language that won.
 */
export function detectGerman(text: string): { readonly german: boolean; readonly detected: DetectedLanguage } {
  const scores = scoresOf(text);
  const german = scores.find(([code]) => code === 'deu')?.[1];
  const other = scores.find(([code]) => code !== 'deu')?.[1] ?? 0;
  if (scores[0]?.[0] === 'und') return { german: true, detected: { language: 'de', confidence: 0 } };
  if (german !== undefined && german >= 1 - GERMAN_TOLERANCE) return { german: true, detected: { language: 'de', confidence: percent(german - other) } };
  return { german: false, detected: detectLanguage(text) };
}
