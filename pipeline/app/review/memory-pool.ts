import type { TranslationMemory } from '../../engine/memory/memory.js';
import { openSqliteMemory } from '../../engine/memory/sqlite-memory.js';

/**
 * The translation memories the served articles' runs used, each opened once, on its first review;
 * or, given `shared`, that one for every article (its owner closes it).
 */
export interface MemoryPool {
  get(file: string | null): TranslationMemory | undefined;
  closeAll(): Promise<void>;
}

export function memoryPool(shared?: TranslationMemory): MemoryPool {
  const open = new Map<string, TranslationMemory>();
  return {
    get(file) {
      if (shared) return shared;
      if (file === null) return undefined;
      const memory = open.get(file) ?? openSqliteMemory(file);
      open.set(file, memory);
      return memory;
    },
    async closeAll() {
      await Promise.all(Array.from(open.values(), (m) => m.close()));
      open.clear();
    },
  };
}
