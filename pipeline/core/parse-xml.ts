import { DOMParser, ParseError, type Document, type Element } from '@xmldom/xmldom';
import { InputError } from './errors.js';

/** Parses an XML file to its root element; the first error is one `InputError` naming its line. */
export function parseXml(text: string, file: string): Element {
  let problem: { message: string; line?: number; column?: number } | undefined;
  let document: Document | undefined;
  try {
    document = new DOMParser({
      onError: (level, message, context) => {
        if (level !== 'warning') problem ??= { message, line: context.locator?.lineNumber, column: context.locator?.columnNumber };
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    // A fatal error was reported through onError before it was thrown.
    if (!(error instanceof ParseError)) throw error;
  }
  if (problem || !document?.documentElement) {
    const at = problem?.line ? { line: problem.line, ...(problem.column ? { column: problem.column } : {}) } : {};
    // xmldom's messages span lines (they append the position); the first says what is wrong.
    throw new InputError({ file, ...at }, `not valid XML: ${problem?.message.split('\n')[0] ?? 'no root element'}`);
  }
  return document.documentElement;
}
