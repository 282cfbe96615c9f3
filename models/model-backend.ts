import type { ModelSettings, OpenOptions } from './model-settings.js';
import type { ModelIdentity, Translator } from './translator.js';

/** What a backend folder gives the registry (`BACKENDS`): a way to open its models and to name what their outputs depend on. */
export interface ModelBackend {
  /** Loads the model, downloading it into the cache first where the settings allow it. */
  open(settings: ModelSettings, options: OpenOptions): Promise<Translator>;
  /** The identity `open(settings)` would have, without loading anything: the translation memory keys entries by it. */
  identity(settings: ModelSettings): ModelIdentity;
}
