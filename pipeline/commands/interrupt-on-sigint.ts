/**
 * The first Ctrl-C aborts the returned signal (after `notify`), so the command can stop in good
 * order; a second one stops at once (the process's default). `release` restores the default.
 */
export function interruptOnSigint(notify: () => void): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSigint = (): void => {
    process.off('SIGINT', onSigint);
    notify();
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, release: () => process.off('SIGINT', onSigint) };
}
