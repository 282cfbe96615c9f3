/**
 * Resolves on the first SIGTERM or SIGINT, which then no longer end the process, so a server can
 * stop in good order; a second signal of either kind ends it at once (the default). `release`
 * removes the handlers.
 */
export function stopSignal(): { stopped: Promise<NodeJS.Signals>; release: () => void } {
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  let onSignal: (signal: NodeJS.Signals) => void = () => undefined;
  const release = (): void => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = (signal) => {
      release();
      resolve(signal);
    };
  });
  for (const signal of signals) process.on(signal, onSignal);
  return { stopped, release };
}
