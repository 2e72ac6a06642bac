import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import { Pool } from 'pg'
import type { Database } from './schema'

export type Engine = 'sqlite' | 'postgres'
export interface Db {
  db: Kysely<Database>
  engine: Engine
  /** The PostgreSQL schema in use when not the default one. */
  pgSchema?: string
}

/** One query code path for both engines: PostgreSQL when a URL is given, else embedded SQLite (WAL). */
export function connect(opts: { databaseUrl?: string; sqlitePath: string; pgSchema?: string }): Db {
  if (opts.databaseUrl) {
    // A schema of its own lets each test file start from an empty database on one server.
    const options = opts.pgSchema ? `-c search_path=${opts.pgSchema}` : undefined
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10, options })
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres', pgSchema: opts.pgSchema }
  }
  if (opts.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(opts.sqlitePath), { recursive: true })
  const sqlite = new SQLite(opts.sqlitePath)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), engine: 'sqlite' }
}
