/**
 * The on-disk layout of `Xenova/opus-mt-de-en`, filled with a generated model: config files,
 * the tokenizer and the ONNX graphs where transformers.js looks for them.
 *
 * Id conventions are those of OPUS-MT: `</s>` = 0 (eos), `<unk>` = 1, `<pad>` = the last id,
 * which is also the decoder start token.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const EOS = '</s>';
export const UNK = '<unk>';
export const PAD = '<pad>';

/** Every file a generated model consists of, relative to its directory. */
export const MARIAN_FILES = [
  'config.json',
  'generation_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/encoder_model.onnx',
  'onnx/decoder_model_merged.onnx',
  'onnx/encoder_model_quantized.onnx',
  'onnx/decoder_model_merged_quantized.onnx',
] as const;

/** A vocabulary entry: the SentencePiece piece and its unigram log-probability. */
export type VocabEntry = readonly [piece: string, score: number];

/** The sizes `config.json` declares; they must match the graphs. */
export interface MarianDims {
  readonly dModel: number;
  readonly encoderLayers: number;
  readonly decoderLayers: number;
  readonly encoderAttentionHeads: number;
  readonly decoderAttentionHeads: number;
  readonly encoderFfnDim: number;
  readonly decoderFfnDim: number;
  readonly maxPositionEmbeddings: number;
}

export interface MarianModel {
  /** Ids are positions; must follow the OPUS-MT conventions above. */
  readonly vocab: readonly VocabEntry[];
  readonly dims: MarianDims;
  /**
   * `onnx/*.onnx` contents; `dtype: 'q8'` loads the `quantized` pair. A file left out is not
   * written (a large model is generated one dtype at a time).
   */
  readonly encoder?: Uint8Array;
  readonly decoder?: Uint8Array;
  readonly encoderQuantized?: Uint8Array;
  readonly decoderQuantized?: Uint8Array;
}

/** Writes `model` into `dir` (created if missing), overwriting the files of `MARIAN_FILES` it has. */
export async function writeMarianModel(dir: string, model: MarianModel): Promise<void> {
  const padId = checkVocab(model.vocab);
  const contents: Record<(typeof MARIAN_FILES)[number], string | Uint8Array | undefined> = {
    'config.json': json(marianConfig(model.dims, model.vocab.length, padId)),
    'generation_config.json': json(generationConfig(padId)),
    'tokenizer.json': json(tokenizerJson(model.vocab, padId)),
    'tokenizer_config.json': json(tokenizerConfig(padId)),
    'onnx/encoder_model.onnx': model.encoder,
    'onnx/decoder_model_merged.onnx': model.decoder,
    'onnx/encoder_model_quantized.onnx': model.encoderQuantized,
    'onnx/decoder_model_merged_quantized.onnx': model.decoderQuantized,
  };
  for (const file of MARIAN_FILES) {
    const content = contents[file];
    if (content === undefined) continue;
    const path = join(dir, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

function checkVocab(vocab: readonly VocabEntry[]): number {
  const padId = vocab.length - 1;
  const expected: [number, string][] = [[0, EOS], [1, UNK], [padId, PAD]];
  for (const [id, piece] of expected) {
    if (vocab[id]?.[0] !== piece) {
      throw new Error(`writeMarianModel: vocab id ${id} must be \`${piece}\`, got \`${vocab[id]?.[0]}\``);
    }
  }
  const seen = new Set<string>();
  for (const [piece] of vocab) {
    if (seen.has(piece)) throw new Error(`writeMarianModel: vocab piece \`${piece}\` appears twice`);
    seen.add(piece);
  }
  return padId;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The keys of opus-mt-de-en's `config.json`, with the sizes of the generated model. */
function marianConfig(dims: MarianDims, vocabSize: number, padId: number): object {
  return {
    activation_dropout: 0,
    activation_function: 'swish',
    add_bias_logits: false,
    add_final_layer_norm: false,
    architectures: ['MarianMTModel'],
    attention_dropout: 0,
    bad_words_ids: [[padId]],
    bos_token_id: 0,
    classif_dropout: 0,
    classifier_dropout: 0,
    d_model: dims.dModel,
    decoder_attention_heads: dims.decoderAttentionHeads,
    decoder_ffn_dim: dims.decoderFfnDim,
    decoder_layerdrop: 0,
    decoder_layers: dims.decoderLayers,
    decoder_start_token_id: padId,
    decoder_vocab_size: vocabSize,
    dropout: 0.1,
    encoder_attention_heads: dims.encoderAttentionHeads,
    encoder_ffn_dim: dims.encoderFfnDim,
    encoder_layerdrop: 0,
    encoder_layers: dims.encoderLayers,
    eos_token_id: 0,
    extra_pos_embeddings: vocabSize,
    forced_eos_token_id: 0,
    init_std: 0.02,
    is_encoder_decoder: true,
    max_length: 512,
    max_position_embeddings: dims.maxPositionEmbeddings,
    model_type: 'marian',
    normalize_before: false,
    normalize_embedding: false,
    num_beams: 4,
    num_hidden_layers: dims.encoderLayers,
    pad_token_id: padId,
    scale_embedding: true,
    share_encoder_decoder_embeddings: true,
    static_position_embeddings: true,
    use_cache: true,
    vocab_size: vocabSize,
  };
}

function generationConfig(padId: number): object {
  return {
    bad_words_ids: [[padId]],
    bos_token_id: 0,
    decoder_start_token_id: padId,
    eos_token_id: 0,
    forced_eos_token_id: 0,
    max_length: 512,
    num_beams: 4,
    pad_token_id: padId,
  };
}

/**
 * As Xenova's conversion writes it for OPUS-MT, except `unk_id`: theirs says 2 (a quirk of the
 * converter), ours points at `<unk>`.
 */
function tokenizerJson(vocab: readonly VocabEntry[], padId: number): object {
  const special = (id: number, content: string) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  const eos = { SpecialToken: { id: EOS, type_id: 0 } };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(0, EOS), special(1, UNK), special(padId, PAD)],
    normalizer: { type: 'Precompiled', precompiled_charsmap: null },
    pre_tokenizer: {
      type: 'Sequence',
      pretokenizers: [{ type: 'WhitespaceSplit' }, { type: 'Metaspace', replacement: '▁', add_prefix_space: true }],
    },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ Sequence: { id: 'A', type_id: 0 } }, eos],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, eos, { Sequence: { id: 'B', type_id: 0 } }, eos],
      special_tokens: { [EOS]: { id: EOS, ids: [0], tokens: [EOS] } },
    },
    decoder: { type: 'Metaspace', replacement: '▁', add_prefix_space: true },
    model: { type: 'Unigram', unk_id: 1, vocab },
  };
}

function tokenizerConfig(padId: number): object {
  const special = (content: string) => ({
    content,
    lstrip: false,
    normalized: false,
    rstrip: false,
    single_word: false,
    special: true,
  });
  return {
    added_tokens_decoder: { '0': special(EOS), '1': special(UNK), [String(padId)]: special(PAD) },
    clean_up_tokenization_spaces: true,
    eos_token: EOS,
    model_max_length: 512,
    pad_token: PAD,
    separate_vocabs: false,
    source_lang: 'de',
    sp_model_kwargs: {},
    target_lang: 'en',
    tokenizer_class: 'MarianTokenizer',
    unk_token: UNK,
  };
}
