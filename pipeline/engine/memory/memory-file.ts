import path from 'node:path';

/**
 * Without `--memory`, the memory lives in the output folder, beside the outputs it produced: the
 * same command run again finds it and resumes, and removing the folder starts afresh.
 */
export const MEMORY_FILE_NAME = 'lektor-memory.sqlite';

export function memoryFile(memory: string | undefined, outDir: string, cwd: string): string {
  return memory === undefined ? path.resolve(cwd, outDir, MEMORY_FILE_NAME) : path.resolve(cwd, memory);
}
