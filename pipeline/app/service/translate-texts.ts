import { jsonlRecords } from '../../../output/jsonl.js';
import { layoutText } from '../../../output/layout-text.js';
import type { EngineAsk, TranslationEngine } from '../../engine/translation-engine.js';
import type { ArticleSentences } from '../../engine/tally.js';
import { documentFromBytes } from '../../read/read-article.js';
import { translateHtml } from './html-texts.js';
import type { TextFormat } from './translate-request.js';

/** One text of a request, translated: the English, the JSONL records of its sentences, and what the memory answered. */
export interface TranslatedText extends ArticleSentences {
  readonly text: string;
  /** With `TextOptions.alternatives`: up to that many other translations, distinct, best first. */
  readonly alternatives?: readonly string[];
  readonly records: readonly unknown[];
}

interface TextOptions {
  readonly engine: TranslationEngine;
  readonly now: Date;
  /** Names the text in the records' `article` and in errors. */
  readonly name: string;
  /** Other translations wanted besides the text's (format text only). */
  readonly alternatives?: number;
  /** The English the translation starts with (format text only). */
  readonly prefix?: string;
}

async function translatePlain(text: string, options: TextOptions): Promise<TranslatedText> {
  const n = options.alternatives ?? 0;
  // The best of beam search answers the text; the alternatives are the translations after it.
  const ask: EngineAsk = { ...(n > 0 ? { alternatives: n + 1 } : {}), ...(options.prefix === undefined ? {} : { prefix: options.prefix }) };
  const { doc, sentences, recalled, alternatives } = await options.engine.translate(documentFromBytes(Buffer.from(text), options.name), options.now, ask);
  const english = layoutText(doc);
  const others = alternatives && [...new Set(alternatives.map(layoutText))].filter((t) => t !== english).slice(0, n);
  return { text: english, records: jsonlRecords(doc), sentences, recalled, ...(others ? { alternatives: others } : {}) };
}

/**
 * Translates one text of a request as an article, through the same stages as a file; its
 * sentences share the model's batches with every other request in flight. HTML keeps its markup
 * (`translateHtml`); its records are those of its text runs in turn.
 */
export async function translateText(text: string, format: TextFormat, options: TextOptions): Promise<TranslatedText> {
  if (format === 'text') return translatePlain(text, options);
  const parts: TranslatedText[] = [];
  const html = await translateHtml(text, async (run) => {
    const part = await translatePlain(run, options);
    parts.push(part);
    return part.text;
  });
  return {
    text: html,
    records: parts.flatMap((p) => p.records),
    sentences: parts.reduce((n, p) => n + p.sentences, 0),
    recalled: parts.reduce((n, p) => n + p.recalled, 0),
  };
}
