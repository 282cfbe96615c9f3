import type { ModelBackend } from './model-backend.js';
import { loadMarianTranslator, marianIdentity } from './marian/marian.js';

/** Model backends by name, one line each: adding a backend is its folder and its line here. */
export const BACKENDS = {
  marian: { open: (settings, options) => loadMarianTranslator({ ...settings, ...options }), identity: marianIdentity },
} as const satisfies Record<string, ModelBackend>;

export type BackendName = keyof typeof BACKENDS;

/** The backend of settings that name none: every model Lektor ran before there were backends. */
export const DEFAULT_BACKEND: BackendName = 'marian';
