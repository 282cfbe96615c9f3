/**
 * The tiny test model: a Marian model in the opus-mt-de-en layout whose graphs look words up in
 * `TINY_LEXICON` instead of translating. Decoder step t emits the English piece for source token
 * t (the appended `</s>` maps to `</s>`, which ends generation), so every output is predictable.
 *
 * How the graphs do it. Every piece's embedding is the ±1 binary code of its id (d_model = 16
 * bits, shared by encoder and decoder as in opus-mt):
 * - the encoder looks each input id up in the lexicon and emits the target piece's embedding
 *   (zeros where the attention mask is 0);
 * - the decoder takes t from the length of its self-attention cache, gathers encoder row t and
 *   scores it against every embedding (the tied output projection): the target scores 16, any
 *   other piece at most 14. Where the source is padding it emits `</s>` instead.
 * The self-attention cache holds the embeddings of the decoder's input ids, so it grows by one
 * per step exactly as a real decoder's does.
 *
 * A variant for tests of the model's confidence (`TinyModelOptions.doubts`) scales the encoder's
 * row of a doubted German word: every piece's score shrinks by the factor, so the looked-up piece
 * still wins, by a margin the test chooses. Its probability is then
 * 1 / Σ_c exp(-2 · TINY_LOGIT_SCALE · factor · hamming(target, c)) over the vocabulary's ids c.
 */
import { GraphBuilder, encodeModel } from './onnx-builder.js';
import { EOS, PAD, UNK, writeMarianModel, type MarianDims, type VocabEntry } from './marian-layout.js';
import { TINY_LEXICON } from './tiny-lexicon.js';

const WORD_START = '▁';

/** Single characters as pieces, so text outside the lexicon still tokenizes without `<unk>`. */
const CHARACTERS = [
  WORD_START,
  ...'!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  ...'ÄÖÜäöüßÀÂÇÉÈÊàâçéèêëîïôûù',
  ...'„“”‚‘’«»–—…€§°',
];

/**
 * Unigram log-probabilities: any word piece beats spelling the word out in characters, so a
 * lexicon word always becomes one token.
 */
const WORD_SCORE = -2;
const CHARACTER_SCORE = -10;

/** Embedding width: one ±1 component per bit of a piece id. */
export const TINY_D_MODEL = 16;

/** Turns the code match (16 for the target, ≤ 14 otherwise) into a winner for greedy and beam search alike. */
export const TINY_LOGIT_SCALE = 10;

/** Where ONNX Slice should stop: "to the end of the axis". */
const TO_END = 2n ** 63n - 1n;

/** What can change the tiny model; without options it is the model every other test uses. */
export interface TinyModelOptions {
  /**
   * German words of the lexicon the model is unsure of, each with the factor (0–1] its scores are
   * scaled by: it still writes the word's English, with the probability the factor gives it.
   * @default {}
   */
  readonly doubts?: Readonly<Record<string, number>>;
}

interface TinyVocabulary {
  /** Pieces with scores, ids by position. */
  readonly vocab: readonly VocabEntry[];
  /** `lookup[sourceId]` is the id of the piece the model emits for it. */
  readonly lookup: readonly number[];
  /** `scale[sourceId]`: 1, or the factor of a doubted word (`TinyModelOptions.doubts`). */
  readonly scale: readonly number[];
}

/**
 * Metaspace keeps punctuation on the word (`"mögliche`), so each word also gets a piece behind
 * every opening quote; otherwise a quoted word would fall apart into characters.
 */
const OPENING_QUOTES = ['', '"', '„'];

/** `Geheimdienst` → `▁Geheimdienst`, `intelligence service` → `▁intelligence▁service`. */
function piece(quote: string, words: string): string {
  return WORD_START + quote + words.replaceAll(' ', WORD_START);
}

/**
 * `</s>`, `<unk>`, the German pieces, single characters, the English pieces, `<pad>`. Every
 * piece the lexicon does not list maps to itself.
 */
function buildTinyVocabulary(doubts: Readonly<Record<string, number>>): TinyVocabulary {
  const table = new Map<string, string>();
  for (const quote of OPENING_QUOTES) {
    for (const [german, english] of TINY_LEXICON) {
      if (table.has(piece(quote, german))) throw new Error(`TINY_LEXICON: \`${german}\` is listed twice`);
      table.set(piece(quote, german), piece(quote, english));
    }
  }
  for (const target of table.values()) {
    const remapped = table.get(target);
    // English inserted into the source (glossary enforcement) must come out unchanged.
    if (remapped !== undefined && remapped !== target) {
      throw new Error(`TINY_LEXICON: English \`${target}\` is also German for \`${remapped}\``);
    }
  }

  const entries = new Map<string, number>([[EOS, 0], [UNK, 0]]);
  for (const german of table.keys()) entries.set(german, WORD_SCORE);
  for (const char of CHARACTERS) if (!entries.has(char)) entries.set(char, CHARACTER_SCORE);
  for (const english of table.values()) if (!entries.has(english)) entries.set(english, WORD_SCORE);
  entries.set(PAD, 0);

  const vocab = [...entries];
  const ids = new Map(vocab.map(([p], id) => [p, id]));
  const lookup = vocab.map(([source], id) => {
    const target = table.get(source);
    return target === undefined ? id : (ids.get(target) as number);
  });
  for (const word of Object.keys(doubts)) if (!TINY_LEXICON.some(([german]) => german === word)) throw new Error(`tiny model: doubted word \`${word}\` is not in TINY_LEXICON`);
  const doubtOf = new Map(OPENING_QUOTES.flatMap((quote) => Object.entries(doubts).map(([german, factor]) => [piece(quote, german), factor] as const)));
  return { vocab, lookup, scale: vocab.map(([source]) => doubtOf.get(source) ?? 1) };
}

/** Row `id` is the ±1 code of `id`, bit 0 first: distinct for every id below 2^TINY_D_MODEL. */
function embeddings(size: number): number[] {
  if (size > 2 ** TINY_D_MODEL) throw new Error(`tiny model: ${size} pieces do not fit ${TINY_D_MODEL}-bit codes`);
  const rows = Array.from({ length: size }, (_, id) => Array.from({ length: TINY_D_MODEL }, (_, bit) => ((id >> bit) & 1 ? 1 : -1)));
  return rows.flat();
}

/** `input_ids`, `attention_mask` → `last_hidden_state`: the embeddings of the looked-up pieces, a doubted word's scaled. */
function tinyEncoder(lookup: readonly number[], scale: readonly number[]): Uint8Array {
  const g = new GraphBuilder();
  const ids = g.input('input_ids', 'int64', ['batch_size', 'encoder_sequence_length']);
  const mask = g.input('attention_mask', 'int64', ['batch_size', 'encoder_sequence_length']);

  const targets = g.op('Gather', [g.int64(lookup), ids], { axis: { int: 0 } });
  const rows = g.op('Gather', [g.float(embeddings(lookup.length), [lookup.length, TINY_D_MODEL]), targets], { axis: { int: 0 } });
  const kept = g.unsqueeze(g.cast(mask, 'float32'), -1);
  // Only a model with doubts has the node: the model every other test uses stays byte for byte.
  const weight = scale.every((factor) => factor === 1) ? kept : g.op('Mul', [kept, g.unsqueeze(g.op('Gather', [g.float([...scale]), ids], { axis: { int: 0 } }), -1)]);
  const states = g.op('Mul', [rows, weight]);
  g.output('last_hidden_state', 'float32', ['batch_size', 'encoder_sequence_length', TINY_D_MODEL], states);
  return encodeModel(g.build('tiny_encoder'), 'Lektor tiny test model: lexical lookup encoder. Not a translation model.');
}

/**
 * The merged decoder's interface, as optimum exports it for Marian (one layer, one head of
 * width d_model). `use_cache_branch` false means "ignore the past": t then starts at 0.
 */
function tinyDecoder(size: number): Uint8Array {
  const g = new GraphBuilder();
  const encoderMask = g.input('encoder_attention_mask', 'int64', ['batch_size', 'encoder_sequence_length']);
  const ids = g.input('input_ids', 'int64', ['batch_size', 'decoder_sequence_length']);
  const states = g.input('encoder_hidden_states', 'float32', ['batch_size', 'encoder_sequence_length', TINY_D_MODEL]);
  const pastShape = ['batch_size', 1, 'past_decoder_sequence_length', TINY_D_MODEL];
  const pastKey = g.input('past_key_values.0.decoder.key', 'float32', pastShape);
  const pastValue = g.input('past_key_values.0.decoder.value', 'float32', pastShape);
  const crossShape = ['batch_size', 1, 'encoder_sequence_length_out', TINY_D_MODEL];
  g.input('past_key_values.0.encoder.key', 'float32', crossShape);
  g.input('past_key_values.0.encoder.value', 'float32', crossShape);
  const useCache = g.input('use_cache_branch', 'bool', [1]);
  const codes = embeddings(size);
  const embeddingTable = g.float(codes, [size, TINY_D_MODEL]);

  const pastLength = g.shape(pastKey, 2, 3);
  const offset = g.op('Mul', [pastLength, g.cast(useCache, 'int64')]);
  const end = g.op('Add', [offset, g.shape(ids, 1, 2)]);
  const scalar = (vector: string) => g.op('Squeeze', [vector, g.int64([0])]);
  const positions = g.op('Range', [scalar(offset), scalar(end), g.int64([1], [])]);
  // Past the source's end (a longer sentence in the batch) keep reading its last position.
  const lastSource = g.op('Sub', [g.shape(states, 1, 2), g.int64([1])]);
  const read = g.op('Min', [positions, lastSource]);

  const rows = g.op('Gather', [states, read], { axis: { int: 1 } });
  const unpadded = g.cast(g.unsqueeze(g.op('Gather', [encoderMask, read], { axis: { int: 1 } }), -1), 'bool');
  const eos = g.float(codes.slice(0, TINY_D_MODEL));
  const hidden = g.op('Where', [unpadded, rows, eos]);
  const projection = g.op('Transpose', [embeddingTable], { perm: { ints: [1, 0] } });
  const logits = g.op('Mul', [g.op('MatMul', [hidden, projection]), g.float([TINY_LOGIT_SCALE], [])]);
  g.output('logits', 'float32', ['batch_size', 'decoder_sequence_length', size], logits);

  const newRows = g.unsqueeze(g.op('Gather', [embeddingTable, ids], { axis: { int: 0 } }), 1);
  // Without the cache branch the past is a placeholder: drop it rather than append to it.
  const keepFrom = g.op('Sub', [pastLength, offset]);
  const grow = (past: string) =>
    g.op('Slice', [g.op('Concat', [past, newRows], { axis: { int: 2 } }), keepFrom, g.int64([TO_END]), g.int64([2])]);
  const presentShape = ['batch_size', 1, 'past_decoder_sequence_length + 1', TINY_D_MODEL];
  g.output('present.0.decoder.key', 'float32', presentShape, grow(pastKey));
  g.output('present.0.decoder.value', 'float32', presentShape, grow(pastValue));
  const cross = g.unsqueeze(states, 1);
  g.output('present.0.encoder.key', 'float32', crossShape, cross);
  g.output('present.0.encoder.value', 'float32', crossShape, cross);
  return encodeModel(g.build('tiny_decoder_merged'), 'Lektor tiny test model: lexical lookup decoder. Not a translation model.');
}

/** Writes the tiny model into `dir` in the opus-mt-de-en layout. Same bytes on every run. */
export async function writeTinyModel(dir: string, options: TinyModelOptions = {}): Promise<void> {
  const { vocab, lookup, scale } = buildTinyVocabulary(options.doubts ?? {});
  const dims: MarianDims = {
    dModel: TINY_D_MODEL,
    encoderLayers: 1,
    decoderLayers: 1,
    encoderAttentionHeads: 1,
    decoderAttentionHeads: 1,
    encoderFfnDim: TINY_D_MODEL,
    decoderFfnDim: TINY_D_MODEL,
    maxPositionEmbeddings: 512,
  };
  const encoder = tinyEncoder(lookup, scale);
  const decoder = tinyDecoder(vocab.length);
  // Nothing to quantize in a lookup: the q8 files are the same graphs, so `dtype: 'q8'` loads too.
  await writeMarianModel(dir, { vocab, dims, encoder, decoder, encoderQuantized: encoder, decoderQuantized: decoder });
}
