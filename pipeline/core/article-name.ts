import path from 'node:path';

/** The extensions of the files Lektor reads as articles: plain text, Markdown and HTML. */
export const ARTICLE_EXTENSION = /\.(txt|text|md|markdown|html?)$/i;

/** The article name used for output files: `dir/foo.de.txt`, `foo.md`, `foo.html` → `foo` (outputs add `.en.txt` etc.). */
export function articleName(file: string): string {
  return path.basename(file).replace(ARTICLE_EXTENSION, '').replace(/\.de$/i, '');
}
