import { AsyncLocalStorage } from 'node:async_hooks'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema'

/** Where a repository runs a statement: the database, or the transaction a use case opened. */
export type Q = Kysely<Database> | Transaction<Database>

/** Runs `work` in one transaction; repositories take its `q`. Services get this instead of the database. */
export type Transact = <T>(work: (q: Transaction<Database>) => Promise<T>) => Promise<T>

/**
 * Work that must commit or roll back with the first transaction a request's action opens — the
 * request's Idempotency-Key, so a crash loses both the effects and the mark that they happened.
 * `committed` turns true once that transaction has committed; later transactions carry nothing.
 */
export interface TransactionJoin {
  join(q: Transaction<Database>): Promise<void>
  committed: boolean
}
const joins = new AsyncLocalStorage<TransactionJoin>()

/** Runs `action` so that the first transaction it opens through a transactor also runs `join.join`. */
export function withTransactionJoin<T>(join: TransactionJoin, action: () => Promise<T>): Promise<T> {
  return joins.run(join, action)
}

export const transactor =
  (db: Kysely<Database>): Transact =>
  async (work) => {
    const join = joins.getStore()
    if (!join || join.committed) return db.transaction().execute(work)
    const out = await db.transaction().execute(async (trx) => {
      await join.join(trx)
      return work(trx)
    })
    join.committed = true
    return out
  }
