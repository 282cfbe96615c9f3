import type { Check } from './check.js';

// Closing quotes and brackets after the last sentence mark, in either language's style.
const TRAILING_CLOSERS = /[\s"'“”„‟»«’‘‚›‹)\]}]+$/u;
const END_MARKS = /[.?!:;…]+$/u;
// Every double quotation mark of German (`„…“`, `»…«`) and English (`“…”`) style: a pair is a
// pair whichever style the translation chose, so only the count matters.
const DOUBLE_QUOTES = /["„“”»«]/gu;
const BRACKETS = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
] as const;

/** The sentence's final marks, `...` read as `…`, or '' for none. */
function endMarks(text: string): string {
  const marks = text.replace(TRAILING_CLOSERS, '').match(END_MARKS)?.[0] ?? '';
  return marks.replace(/\.\.\./gu, '…');
}

const count = (text: string, char: string): number => text.split(char).length - 1;
const doubleQuotes = (text: string): number => text.match(DOUBLE_QUOTES)?.length ?? 0;
const describeEnd = (marks: string): string => (marks ? `ends with \`${marks}\`` : 'has no end punctuation');

/**
 * End punctuation that changed (a lost `?`), and brackets or double quotes that the target leaves
 * unbalanced where the source did not. A sentence may open a quotation that a later one closes,
 * so the target is held to the source's balance, not to zero.
 */
export default {
  id: 'punctuation',
  severity: 'warning',
  run(seg, ctx) {
    const target = seg.target ?? '';
    const [sourceEnd, targetEnd] = [endMarks(seg.source), endMarks(target)];
    if (sourceEnd !== targetEnd) ctx.report(seg, `Source ${describeEnd(sourceEnd)} but target ${describeEnd(targetEnd)}`);
    for (const [open, close] of BRACKETS) {
      const [so, sc, to, tc] = [count(seg.source, open), count(seg.source, close), count(target, open), count(target, close)] as const;
      if (so - sc !== to - tc) ctx.report(seg, `Unbalanced \`${open}${close}\` in target: ${to} opening, ${tc} closing; source has ${so} and ${sc}`);
    }
    const sourceQuotes = doubleQuotes(seg.source);
    const targetQuotes = doubleQuotes(target);
    if (sourceQuotes % 2 !== targetQuotes % 2) {
      const marks = `double quotation mark${targetQuotes === 1 ? '' : 's'}`;
      ctx.report(seg, `Unbalanced quotes: ${targetQuotes} ${marks} in target, ${sourceQuotes} in source`);
    }
  },
} satisfies Check;
