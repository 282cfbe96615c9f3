import { segmentsOf, type LektorDoc } from '../../core/doc.js';

/** 1-based line and column (UTF-16 units) of `offset` in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * A document's QA findings as `name:line:column: severity: message (check)`, the form editors
 * and `lektor glossary lint` use; `firstLine` is the input line the document's text starts on.
 */
export function findingLines(doc: LektorDoc, name: string, firstLine = 1): string[] {
  return segmentsOf(doc).flatMap((segment) => {
    const { line, column } = lineAndColumn(doc.text, segment.start);
    return (segment.flags ?? []).map((flag) => `${name}:${firstLine + line - 1}:${column}: ${flag.severity}: ${flag.message} (${flag.check})`);
  });
}
