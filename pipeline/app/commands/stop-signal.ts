/**
 * The first of `signals` aborts the returned signal (after `notify`) instead of ending the
 * process, so a command can stop in good order; a second one ends it at once (the default).
 * `release` restores the default.
 */
export function stopOnSignals(
  signals: readonly NodeJS.Signals[],
  notify: (signal: NodeJS.Signals) => void = () => undefined,
): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const release = (): void => {
    for (const s of signals) process.off(s, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    release();
    notify(signal);
    controller.abort();
  }
  for (const s of signals) process.on(s, onSignal);
  return { signal: controller.signal, release };
}
