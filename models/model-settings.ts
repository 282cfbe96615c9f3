import type { DownloadListener } from './download/events.js';

/** Weight precisions, as transformers.js names them: `fp32` loads `onnx/*_model*.onnx`, `q8` the `_quantized` files. */
export const DTYPES = ['fp32', 'q8'] as const;

export type Dtype = (typeof DTYPES)[number];

/**
 * The widest beam a run may ask for: Marian's beam search takes 2 × beams of a row's best tokens
 * from its derived decoder's `TOP_K.maxK` (32), which leaves room for the tokens a row may have banned.
 */
export const MAX_BEAMS = 12;

/** Which model runs and how: everything `openTranslator` and `modelIdentity` read. */
export interface ModelSettings {
  /**
   * The backend that runs the model, a name in `BACKENDS`.
   * @default 'marian'
   */
  readonly backend?: string;
  /** Hub id or model directory. */
  readonly id: string;
  /** Folder that caches hub models and what Lektor derives from them. */
  readonly cacheDir: string;
  /** Never reach the network. */
  readonly offline: boolean;
  readonly dtype: Dtype;
  /** ONNX Runtime intra-op threads; 0 lets ONNX Runtime decide. */
  readonly threads: number;
  /** Resolves relative model directories. */
  readonly cwd: string;
  /**
   * Hypotheses beam search keeps per sentence, up to `MAX_BEAMS`; 1 decodes greedily.
   * @default 1
   */
  readonly beams?: number;
  /**
   * Base URL of the hub (or a mirror) a missing hub model is downloaded from.
   * @default 'https://huggingface.co'
   */
  readonly hub?: string;
  /** Bearer token for private or gated hub models. */
  readonly hubToken?: string;
}

/** What one opening is told besides the settings: the caller's, not the model's. */
export interface OpenOptions {
  /** Stops a download; what has arrived is kept for the next run to resume. */
  readonly signal?: AbortSignal;
  /** Told how a download goes. */
  readonly onDownload?: DownloadListener;
}
