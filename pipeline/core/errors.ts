/**
 * Failures throw a LektorError with a stable `code`; content problems become findings instead.
 * `toString()`-style one-liners are what the CLI prints, so every message must stand alone.
 */

/** The first line of what an error says: a cause folded into one of Lektor's one-line messages. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

export class LektorError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
  /** The one line the CLI prints. */
  describe(): string {
    return this.message;
  }
}

export interface Location {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

function locate(loc: Location, message: string): string {
  const where = [loc.file, loc.line, loc.line !== undefined ? loc.column : undefined]
    .filter((x) => x !== undefined)
    .join(':');
  return `${where}: ${message}`;
}

abstract class LocatedError extends LektorError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;
  constructor(code: string, loc: Location, reason: string, options?: { cause?: unknown }) {
    super(code, locate(loc, reason), options);
    this.file = loc.file;
    this.line = loc.line;
    this.column = loc.column;
    this.reason = reason;
  }
}

/** An article (or other input file) that cannot be read as German text. */
export class InputError extends LocatedError {
  constructor(loc: Location, reason: string, options?: { cause?: unknown }) {
    super('input', loc, reason, options);
  }
}

/** A glossary file that cannot be used. */
export class GlossaryError extends LocatedError {
  constructor(loc: Location, reason: string, options?: { cause?: unknown }) {
    super('glossary', loc, reason, options);
  }
}

/** A model that cannot be found or loaded. */
export class ModelError extends LektorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('model', message, options);
  }
}

/** Options or arguments that make no sense; the CLI exits 2. */
export class UsageError extends LektorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
  }
}

/** An output file that could not be written. */
export class OutputError extends LocatedError {
  constructor(loc: Location, reason: string, options?: { cause?: unknown }) {
    super('output', loc, reason, options);
  }
}

/** A translation memory file that cannot be opened, read or written. */
export class MemoryError extends LocatedError {
  constructor(loc: Location, reason: string, options?: { cause?: unknown }) {
    super('memory', loc, reason, options);
  }
}

/** A review that cannot be applied: an unknown sentence, German that changed, a stale version. */
export class ReviewError extends LektorError {
  /** `conflict` when someone else saved the sentence since the reviewer loaded it. */
  constructor(code: 'review' | 'conflict', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** A server cannot start: its port is taken or not allowed. */
export class ServeError extends LektorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('serve', message, options);
  }
}

/** A Redis server (queue or shared memory) that cannot be reached or used. */
export class RedisError extends LektorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('redis', message, options);
  }
}
