/** A stop asked for by a signal; see `stopOnSignals`. */
export interface StopSignal {
  /** Aborted by the first signal. */
  readonly signal: AbortSignal;
  /** Settles on the first signal; at once if it came while the command was still starting. */
  readonly stopped: Promise<void>;
  /** Restores the default. */
  release(): void;
}

/**
 * The first of `signals` aborts the returned signal (after `notify`) instead of ending the
 * process, so a command can stop in good order; a second one ends it at once (the default).
 */
export function stopOnSignals(signals: readonly NodeJS.Signals[], notify: (signal: NodeJS.Signals) => void = () => undefined): StopSignal {
  const controller = new AbortController();
  const stopped = new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve(), { once: true }));
  const release = (): void => {
    for (const s of signals) process.off(s, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    release();
    notify(signal);
    controller.abort();
  }
  for (const s of signals) process.on(s, onSignal);
  return { signal: controller.signal, stopped, release };
}
