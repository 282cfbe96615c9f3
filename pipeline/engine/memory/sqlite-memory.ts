import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { MemoryError, firstLine } from '../../core/errors.js';
import { prefilter, rankMatches, type FuzzyCandidate } from './fuzzy.js';
import { decodingKey, reviewKey, storedScores, storedTranslation, type MemoryEntry, type MemoryStats, type ReviewEntry, type StoredScores, type TranslationMemory } from './memory.js';

export interface SqliteMemoryOptions {
  /**
   * How long a write waits for another process's write to finish before failing.
   * @default 30000
   */
  readonly busyTimeoutMs?: number;
  /**
   * Create the file when it does not exist; `false` for commands that only read or clear one.
   * @default true
   */
  readonly create?: boolean;
}

/**
 * Bumped when the tables change; a file from a newer Lektor is refused rather than misread, an
 * older one is migrated in place when opened (1 → 2 added `reviews`, 2 → 3 the model's scores:
 * `confidence` and `low_confidence`, a JSON list of `[start, end]` pairs, both null for the entries
 * stored before, 3 → 4 the index of fuzzy matches: every German sentence once in `fuzzy_sources`,
 * and an FTS5 trigram index over them, both kept by triggers and filled from the older tables).
 */
const SCHEMA_VERSION = 4;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  model          TEXT NOT NULL,
  dtype          TEXT NOT NULL,
  decoding       TEXT NOT NULL,
  source         TEXT NOT NULL,
  target         TEXT NOT NULL,
  origin         TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  tool           TEXT NOT NULL,
  confidence     REAL,
  low_confidence TEXT,
  PRIMARY KEY (model, dtype, decoding, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reviews (
  source      TEXT NOT NULL PRIMARY KEY,
  model_input TEXT,
  target      TEXT NOT NULL,
  draft       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  tool        TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fuzzy_sources (
  id     INTEGER PRIMARY KEY,
  source TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE IF NOT EXISTS fuzzy_index USING fts5(source, content = 'fuzzy_sources', content_rowid = 'id', tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS fuzzy_trigrams USING fts5vocab(fuzzy_index, row);
CREATE TRIGGER IF NOT EXISTS fuzzy_sources_indexed AFTER INSERT ON fuzzy_sources BEGIN
  INSERT INTO fuzzy_index (rowid, source) VALUES (new.id, new.source);
END;
CREATE TRIGGER IF NOT EXISTS entries_fuzzy AFTER INSERT ON entries BEGIN
  INSERT OR IGNORE INTO fuzzy_sources (source) VALUES (new.source);
END;
CREATE TRIGGER IF NOT EXISTS reviews_fuzzy AFTER INSERT ON reviews BEGIN
  INSERT OR IGNORE INTO fuzzy_sources (source) VALUES (new.source);
END`;

/** The sentences a file from before the fuzzy index already holds, indexed once when it is migrated. */
const INDEX_EXISTING = 'INSERT OR IGNORE INTO fuzzy_sources (source) SELECT source FROM reviews UNION SELECT source FROM entries';

/**
 * The reviews and one model key's entries among the sentences `hits` selects from `fuzzy_sources`
 * (a sentence gone from both since it was indexed selects nothing).
 */
const candidates = (hits: string): string => `
WITH hits AS MATERIALIZED (${hits})
SELECT s.source, r.target, 'review' AS origin, r.created_at AS createdAt
  FROM hits JOIN fuzzy_sources s ON s.id = hits.id JOIN reviews r ON r.source = s.source
UNION ALL
SELECT s.source, e.target, 'model' AS origin, e.created_at AS createdAt
  FROM hits JOIN fuzzy_sources s ON s.id = hits.id JOIN entries e ON e.model = @model AND e.dtype = @dtype AND e.decoding = @decoding AND e.source = s.source`;

/** The trigram index finds a token as a substring of at least three characters, a superset of the entries that hold it. */
const trigramIndexable = (token: string): boolean => [...token].length >= 3;
/** A token's trigrams as the index folds them. */
const trigrams = (token: string): string[] => {
  const chars = [...token.toLowerCase()];
  return chars.slice(2).map((_, i) => chars.slice(i, i + 3).join(''));
};
/** An FTS5 query for the entries holding a token, quoted as a string. */
const phrase = (token: string): string => `"${token.replaceAll('"', '""')}"`;

/** The sentences holding `n` looked-up tokens (`@q0`…, each weighing `@w0`…) that weigh `@atLeast` together. */
const weighedHits = (n: number): string =>
  `SELECT id FROM (${Array.from({ length: n }, (_, i) => `SELECT rowid AS id, @w${i} AS w FROM fuzzy_index WHERE fuzzy_index MATCH @q${i}`).join(' UNION ALL ')}) GROUP BY id HAVING SUM(w) >= @atLeast`;

/** The columns each version added to a table that `CREATE TABLE IF NOT EXISTS` finds already there. */
const ADDED_COLUMNS = { entries: ['confidence REAL', 'low_confidence TEXT'] } as const;

/** Adds to the existing tables of an older file the columns later versions gave them. */
function migrate(db: Database.Database): void {
  for (const [table, columns] of Object.entries(ADDED_COLUMNS)) {
    const present = new Set(db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]);
    if (present.size === 0) continue;
    for (const column of columns) if (!present.has(column.split(' ')[0] as string)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column}`);
  }
}

/** SQLite's codes for a file that is not, or no longer, a readable database. */
const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * SQLite's error as one line that names the file; for a damaged file, what to do: no command of
 * Lektor's repairs one, and a run must not go on without the memory it was told to use.
 */
function memoryError(file: string, action: string, cause: unknown): MemoryError {
  if (cause instanceof MemoryError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  const advice = typeof code === 'string' && DAMAGED.has(code) ? '; move it aside (a new run starts an empty memory) or restore it from a backup' : '';
  return new MemoryError({ file }, `cannot ${action} translation memory: ${firstLine(cause)}${advice}`, { cause });
}

function guard<T>(file: string, action: string, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    throw memoryError(file, action, cause);
  }
}

function open(file: string, busyTimeoutMs: number, create: boolean): Database.Database {
  if (!create && !existsSync(file)) throw new MemoryError({ file }, 'no translation memory here');
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    // WAL: readers never block the one writer, and a killed process loses at most its open transaction.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new MemoryError({ file }, `translation memory has schema version ${version}, this Lektor reads up to ${SCHEMA_VERSION}`);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (version === 0 && tables.length > 0 && !tables.includes('entries')) {
      throw new MemoryError({ file }, `not a Lektor translation memory (tables: ${tables.join(', ')})`);
    }
    db.transaction(() => {
      migrate(db);
      db.exec(SCHEMA);
      if (version > 0 && version < 4) db.exec(INDEX_EXISTING);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function prepare(db: Database.Database) {
  return {
    db,
    lookup: db.prepare('SELECT target, confidence, low_confidence AS lowConfidence FROM entries WHERE model = ? AND dtype = ? AND decoding = ? AND source = ?'),
    insert: db.prepare(
      `INSERT INTO entries (model, dtype, decoding, source, target, origin, created_at, tool, confidence, low_confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    byModel: db.prepare('SELECT model, dtype, decoding, COUNT(*) AS entries FROM entries GROUP BY model, dtype, decoding ORDER BY model, dtype, decoding'),
    all: db.prepare(
      'SELECT model, dtype, decoding, source, target, origin, created_at AS createdAt, tool FROM entries ORDER BY model, dtype, decoding, source',
    ),
    clearAll: db.prepare('DELETE FROM entries'),
    clearModel: db.prepare('DELETE FROM entries WHERE model = ?'),
    clearReviews: db.prepare('DELETE FROM reviews'),
    forgetReview: db.prepare('DELETE FROM reviews WHERE source = ? AND target = ?'),
    countReviews: db.prepare('SELECT COUNT(*) FROM reviews').pluck(),
    lookupReview: db.prepare('SELECT source, model_input AS modelInput, target, draft, created_at AS createdAt, tool FROM reviews WHERE source = ?'),
    upsertReview: db.prepare(
      `INSERT INTO reviews (source, model_input, target, draft, created_at, tool) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (source) DO UPDATE SET model_input = excluded.model_input, target = excluded.target, draft = excluded.draft, created_at = excluded.created_at, tool = excluded.tool`,
    ),
    /** One statement per number of looked-up tokens, prepared when first needed. */
    fuzzyIndexed: new Map<number, Database.Statement>(),
    trigramCount: db.prepare('SELECT doc FROM fuzzy_trigrams WHERE term = ?').pluck(),
    fuzzyAll: db.prepare(candidates('SELECT id FROM fuzzy_sources')),
    allReviews: db.prepare('SELECT source, model_input AS modelInput, target, draft, created_at AS createdAt, tool FROM reviews ORDER BY source'),
  };
}

/** A query's rows one at a time, so a memory of any size streams; errors name the file. */
async function* rows<T>(file: string, statement: () => Database.Statement): AsyncGenerator<T> {
  try {
    yield* statement().iterate() as IterableIterator<T>;
  } catch (cause) {
    throw memoryError(file, 'read', cause);
  }
}

/**
 * The translation memory in one SQLite file. Several processes may use the same file at once:
 * SQLite's WAL mode lets them read in parallel, and each write is one short transaction that
 * waits (up to `busyTimeoutMs`) for the others. The file is opened (and created) on first use,
 * so a run that stops at a bad input leaves nothing behind.
 */
export function openSqliteMemory(file: string, options: SqliteMemoryOptions = {}): TranslationMemory {
  const { busyTimeoutMs = 30_000, create = true } = options;
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new TypeError(`openSqliteMemory: busyTimeoutMs must be an integer >= 0, got ${String(busyTimeoutMs)}`);
  }
  let connection: ReturnType<typeof prepare> | undefined;
  const connect = (): ReturnType<typeof prepare> => (connection ??= guard(file, 'open', () => prepare(open(file, busyTimeoutMs, create))));

  return {
    location: file,
    async recall(model, sources) {
      const { db, lookup } = connect();
      const decoding = decodingKey(model.decoding);
      return guard(file, 'read', () =>
        db.transaction(() =>
          sources.map((s) => {
            const row = lookup.get(model.id, model.dtype, decoding, s) as ({ target: string } & StoredScores) | undefined;
            return row && storedTranslation(row.target, row);
          }),
        )(),
      );
    },
    async fuzzy(model, sources, options) {
      const { db, fuzzyIndexed, fuzzyAll, trigramCount } = connect();
      const key = { model: model.id, dtype: model.dtype, decoding: decodingKey(model.decoding) };
      // At most as many sentences hold a token as hold its rarest trigram: rarest first, the index is asked for as few as it can be.
      const rarestFirst = (tokens: string[]): string[] => {
        const counts = new Map(tokens.map((t) => [t, Math.min(...trigrams(t).map((g) => (trigramCount.get(g) as number | undefined) ?? 0))]));
        return tokens.sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || (a < b ? -1 : 1));
      };
      return guard(file, 'read', () =>
        db.transaction(() =>
          sources.map((s) => {
            const filter = prefilter(s, options.threshold, trigramIndexable, rarestFirst);
            if (!filter) return rankMatches(s, fuzzyAll.all(key) as FuzzyCandidate[], options);
            const n = filter.tokens.length;
            let statement = fuzzyIndexed.get(n);
            if (!statement) fuzzyIndexed.set(n, (statement = db.prepare(candidates(weighedHits(n)))));
            const params = Object.fromEntries(filter.tokens.flatMap(({ token, weight }, i) => [[`q${i}`, phrase(token)], [`w${i}`, weight]]));
            const found = statement.all({ ...key, ...params, atLeast: filter.atLeast }) as FuzzyCandidate[];
            return rankMatches(s, found, options);
          }),
        )(),
      );
    },
    async record(model, pairs, meta) {
      const { db, insert } = connect();
      const decoding = decodingKey(model.decoding);
      guard(file, 'write', () =>
        db
          .transaction(() => {
            for (const [source, translation] of pairs) {
              const scores = storedScores(translation);
              insert.run(model.id, model.dtype, decoding, source, translation.text, meta.origin, meta.createdAt, meta.tool, scores.confidence, scores.lowConfidence);
            }
          })
          .immediate(),
      );
    },
    async stats() {
      const { byModel, countReviews } = connect();
      return guard(file, 'read', () => {
        const models = byModel.all() as MemoryStats['models'][number][];
        return { entries: models.reduce((n, m) => n + m.entries, 0), reviewed: countReviews.get() as number, models };
      });
    },
    async recallReviews(sources) {
      const { db, lookupReview } = connect();
      return guard(file, 'read', () => db.transaction(() => sources.map((s) => lookupReview.get(reviewKey(s)) as ReviewEntry | undefined))());
    },
    async recordReviews(reviews) {
      const { db, upsertReview } = connect();
      guard(file, 'write', () =>
        db
          .transaction(() => {
            for (const r of reviews) upsertReview.run(reviewKey(r.source), r.modelInput, r.target, r.draft, r.createdAt, r.tool);
          })
          .immediate(),
      );
    },
    async forgetReviews(reviews) {
      const { db, forgetReview } = connect();
      guard(file, 'write', () =>
        db
          .transaction(() => {
            for (const r of reviews) forgetReview.run(reviewKey(r.source), r.target);
          })
          .immediate(),
      );
    },
    reviews: () => rows<ReviewEntry>(file, () => connect().allReviews),
    entries: () => rows<MemoryEntry>(file, () => connect().all),
    async clear(model, options = {}) {
      const { db, clearAll, clearModel, clearReviews } = connect();
      return guard(file, 'clear', () =>
        db.transaction(() => ({
          entries: (model === undefined ? clearAll.run() : clearModel.run(model)).changes,
          reviewed: options.reviewed ? clearReviews.run().changes : 0,
        }))(),
      );
    },
    async close() {
      connection?.db.close();
      connection = undefined;
    },
  };
}
