import { ModelError } from '../pipeline/core/errors.js';
import { BACKENDS, DEFAULT_BACKEND, type BackendName } from './backends.js';
import type { ModelBackend } from './model-backend.js';
import type { ModelSettings, OpenOptions } from './model-settings.js';
import type { ModelIdentity, Translator } from './translator.js';

function isBackendName(name: string): name is BackendName {
  return Object.hasOwn(BACKENDS, name);
}

/** The settings' backend, or the one-line error that lists the known ones. */
function backendOf(settings: ModelSettings): ModelBackend {
  const name = settings.backend ?? DEFAULT_BACKEND;
  if (!isBackendName(name)) throw new ModelError(`unknown model backend "${name}"; known backends: ${Object.keys(BACKENDS).join(', ')}`);
  return BACKENDS[name];
}

/** The translator the settings name, loaded from the cache, or downloaded into it first where the settings allow it. */
export async function openTranslator(settings: ModelSettings, options: OpenOptions = {}): Promise<Translator> {
  return backendOf(settings).open(settings, options);
}

/** What the translator the settings name keys the memory by, known without loading it. */
export function modelIdentity(settings: ModelSettings): ModelIdentity {
  return backendOf(settings).identity(settings);
}
