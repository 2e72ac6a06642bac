import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely'
import { Pool } from 'pg'
import type { Database } from './schema'

export type Engine = 'sqlite' | 'postgres'
export interface Db {
  db: Kysely<Database>
  engine: Engine
  /** The PostgreSQL schema in use when not the default one. */
  pgSchema?: string
  /** The PostgreSQL pool, for its metrics (connections total, idle, waiting); none on SQLite. */
  pool?: Pool
}

/** One query code path for both engines: PostgreSQL when a URL is given, else embedded SQLite (WAL). */
export function connect(opts: { databaseUrl?: string; sqlitePath: string; pgSchema?: string }): Db {
  if (opts.databaseUrl) {
    // A schema of its own lets each test file start from an empty database on one server.
    const options = opts.pgSchema ? `-c search_path=${opts.pgSchema}` : undefined
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10, options })
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres', pgSchema: opts.pgSchema, pool }
  }
  if (opts.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(opts.sqlitePath), { recursive: true })
  const sqlite = new SQLite(opts.sqlitePath)
  sqlite.pragma('journal_mode = WAL')
  // A submitted filing must survive a power cut at the court: sync every commit, not only checkpoints.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }), engine: 'sqlite' }
}

/**
 * Kysely's SQLite driver prepares every query afresh, and compiling the SQL again cost as much
 * as the rest of a case read (bench/api.bench.ts). Kysely builds the same text for the same
 * query, and better-sqlite3 clears the parameters after each run, so a prepared statement can be
 * reused. A statement still being iterated (a streamed query) is busy: that caller gets its own.
 */
export function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = cache.get(sql)
      if (cached && !cached.busy) return cached
      const stmt = sqlite.prepare(sql)
      if (!cached) {
        // Oldest first: `in (?, ?, …)` lists of every length must not grow the cache without bound.
        if (cache.size >= max) cache.delete(cache.keys().next().value as string)
        cache.set(sql, stmt)
      }
      return stmt
    },
  }
}
