import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema'

/** Where a repository runs a statement: the database, or the transaction a use case opened. */
export type Q = Kysely<Database> | Transaction<Database>

/** Runs `work` in one transaction; repositories take its `q`. Services get this instead of the database. */
export type Transact = <T>(work: (q: Transaction<Database>) => Promise<T>) => Promise<T>

export const transactor =
  (db: Kysely<Database>): Transact =>
  (work) =>
    db.transaction().execute(work)
