/**
 * `--glossary` may be given more than once to stack glossaries; commander calls this for each
 * occurrence, so the files arrive in the order given, which is their precedence (later wins).
 */
export function collectGlossary(file: string, earlier: readonly string[] = []): readonly string[] {
  return [...earlier, file];
}

/** The repeated flag as configuration: one file stays a plain path, as records always named it. */
export function glossaryStack(files: readonly string[] | undefined): string | readonly string[] | undefined {
  if (files === undefined || files.length === 0) return undefined;
  return files.length === 1 ? files[0] : files;
}
