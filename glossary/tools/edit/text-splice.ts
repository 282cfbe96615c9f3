/** Replace `raw.slice(start, end)` with `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping splices; everything outside them stays byte for byte. */
export function applySplices(raw: string, splices: readonly Splice[]): string {
  return [...splices].sort((a, b) => b.start - a.start).reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), raw);
}

/** The line ending the file already uses. */
export function lineEnding(raw: string): string {
  return raw.includes('\r\n') ? '\r\n' : '\n';
}

/** Column (0-based) of `offset` in its line. */
export function columnOf(raw: string, offset: number): number {
  return offset - (raw.lastIndexOf('\n', offset - 1) + 1);
}
