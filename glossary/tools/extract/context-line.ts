const MAX = 160;
const AROUND = 70;

/**
 * The sentence around an occurrence on one line: whitespace collapsed, and a long sentence cut at
 * word boundaries around the occurrence, with `…` where it was cut.
 */
export function contextLine(sentence: string, start: number, end: number): string {
  if (sentence.length <= MAX) return oneLine(sentence);
  const from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, start - AROUND)));
  const toSpace = sentence.indexOf(' ', Math.min(sentence.length, end + AROUND));
  const to = toSpace === -1 ? sentence.length : toSpace;
  return `${from > 0 ? '…' : ''}${oneLine(sentence.slice(from, to))}${to < sentence.length ? '…' : ''}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
