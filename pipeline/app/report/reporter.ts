import type { ProgressEvent } from '../translate/progress.js';

/** Where a reporter writes: the CLI's stdout and stderr, or a test's buffers. */
export interface TextSink {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ReporterStreams {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
}

/** Turns the engine's progress events into output; one per `--json`, `--quiet`, TTY or plain run. */
export type Reporter = (event: ProgressEvent) => void;
