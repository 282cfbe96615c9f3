import { readFile, rm, stat, writeFile } from 'node:fs/promises';

/**
 * An unfinished download lives beside its file as `<file>.incomplete`, with what the hub said of
 * the file in `<file>.incomplete.json`: a later run resumes it only while the hub still announces
 * the same ETag, and no reader of the model folder takes it for the file itself.
 */
export const PARTIAL_SUFFIX = '.incomplete';
const ABOUT_SUFFIX = `${PARTIAL_SUFFIX}.json`;

export interface PartialAbout {
  readonly etag?: string;
  readonly bytes?: number;
}

export interface PartialState extends PartialAbout {
  /** Bytes on disk so far. */
  readonly received: number;
}

export const partialDataPath = (dest: string): string => dest + PARTIAL_SUFFIX;
export const isPartialPath = (file: string): boolean => file.endsWith(PARTIAL_SUFFIX) || file.endsWith(ABOUT_SUFFIX);

/** What an interrupted download of `dest` left, or nothing. */
export async function readPartial(dest: string): Promise<PartialState | undefined> {
  const data = await stat(partialDataPath(dest)).catch(() => undefined);
  if (!data) return undefined;
  const about = await readFile(dest + ABOUT_SUFFIX, 'utf8')
    .then((text) => JSON.parse(text) as PartialAbout)
    .catch((): PartialAbout => ({}));
  return { ...about, received: data.size };
}

/** Records what the hub announced before the first byte of a fresh download is written. */
export async function describePartial(dest: string, about: PartialAbout): Promise<void> {
  await writeFile(dest + ABOUT_SUFFIX, `${JSON.stringify(about)}\n`);
}

export async function removePartial(dest: string): Promise<void> {
  await Promise.all([rm(partialDataPath(dest), { force: true }), rm(dest + ABOUT_SUFFIX, { force: true })]);
}

/** Removes only the description: the data has become the file. */
export async function forgetPartial(dest: string): Promise<void> {
  await rm(dest + ABOUT_SUFFIX, { force: true });
}
