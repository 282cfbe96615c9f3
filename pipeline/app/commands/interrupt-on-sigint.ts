import { stopOnSignals } from './stop-signal.js';

/** Ctrl-C stops the command in good order (see `stopOnSignals`); a second Ctrl-C stops it at once. */
export function interruptOnSigint(notify: () => void): { signal: AbortSignal; release: () => void } {
  return stopOnSignals(['SIGINT'], notify);
}
