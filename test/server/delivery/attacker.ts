import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { canonicalJson } from '../../../domain/service/canonicalJson'
import { chainLinkInput, GENESIS_HASH, type ServiceEvent, type ServiceEventType } from '../../../domain/service/chainLink'
import { headStatement } from '../../../domain/service/headStatement'
import type { Database, ServiceDocumentTable, ServiceEventTable } from '../../../server/db/schema'
import { documentRowSha256 } from '../../../server/services/delivery/compose'
import { keyIdOf } from '../../../server/signing'
import type { TestApp } from '../helpers'

/**
 * What someone with full write access to the database — but not the court's signing key — can
 * do to a case's service record: edit, delete, insert and renumber rows, and recompute every
 * SHA-256 the way the server does (the algorithm is public). Used by the tamper suite.
 */
export function attacker(t: TestApp, caseId: string) {
  const db = t.app.store.db as Kysely<Database>
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
  const events = () => db.selectFrom('service_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute()
  const event = async (seq: number) =>
    db.selectFrom('service_events').selectAll().where('case_id', '=', caseId).where('seq', '=', seq).executeTakeFirstOrThrow()
  const toEvent = (r: ServiceEventTable): ServiceEvent => ({
    caseId: r.case_id,
    seq: Number(r.seq),
    documentId: r.document_id,
    type: r.type as ServiceEventType,
    at: r.at,
    actorId: r.actor_id,
    detail: JSON.parse(r.detail_json) as Record<string, unknown>,
  })
  const setEvent = (seq: number, patch: Partial<ServiceEventTable>) =>
    db.updateTable('service_events').set(patch).where('case_id', '=', caseId).where('seq', '=', seq).execute()

  /** Recomputes prev_hash and hash from `seq` to the end, as the server would have: the chain links again. */
  async function rehashFrom(seq: number) {
    const rows = await events()
    let prev = GENESIS_HASH
    for (const r of rows) {
      if (Number(r.seq) >= seq) {
        const hash = sha(chainLinkInput(prev, toEvent(r)))
        await setEvent(Number(r.seq), { prev_hash: prev, hash })
        prev = hash
      } else prev = r.hash
    }
  }

  /** Runs `work` with foreign keys not enforced, as a database owner can (SQLite pragma; PostgreSQL replica mode). */
  async function withoutForeignKeys(work: (q: Kysely<Database>) => Promise<unknown>) {
    if (t.app.store.engine === 'sqlite') {
      await sql`pragma foreign_keys = off`.execute(db)
      await work(db)
      await sql`pragma foreign_keys = on`.execute(db)
    } else {
      await db.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx)
        await work(trx)
      })
    }
  }

  /** Moves receipts seq ≥ `from` up by `by`, from the last down, so the (case, seq) key never collides. */
  async function renumberFrom(from: number, by: number) {
    const rows = (await events()).filter((r) => Number(r.seq) >= from).reverse()
    for (const r of rows) await setEvent(Number(r.seq), { seq: Number(r.seq) + by })
  }

  return {
    db,
    sha,
    events,
    event,
    setEvent,
    rehashFrom,
    renumberFrom,
    withoutForeignKeys,
    deleteEvents: (seqs: number[]) => db.deleteFrom('service_events').where('case_id', '=', caseId).where('seq', 'in', seqs).execute(),
    insertEvent: (row: ServiceEventTable) => db.insertInto('service_events').values(row).execute(),
    head: () => db.selectFrom('service_heads').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
    setHead: (patch: Partial<Database['service_heads']>) => db.updateTable('service_heads').set(patch).where('case_id', '=', caseId).execute(),
    deleteHead: () => db.deleteFrom('service_heads').where('case_id', '=', caseId).execute(),
    document: (id: string) => db.selectFrom('service_documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    setDocument: (id: string, patch: Partial<ServiceDocumentTable>) => db.updateTable('service_documents').set(patch).where('id', '=', id).execute(),
    deleteDocument: (id: string) => db.deleteFrom('service_documents').where('id', '=', id).execute(),
    /** The row hash the server records for a document, recomputed by the attacker for an edited row. */
    rowSha256: (d: ServiceDocumentTable) => documentRowSha256(d),
    canonicalJson,
    /** A key of the attacker's own: signs well-formed heads the court's public keys do not know. */
    ownKey() {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519')
      const keyId = keyIdOf(publicKey)
      return {
        keyId,
        signHead: (seq: number, hash: string, signedAt: string) =>
          sign(null, Buffer.from(headStatement({ caseId, seq, hash, signedAt }), 'utf8'), privateKey).toString('hex'),
      }
    },
  }
}
export type Attacker = ReturnType<typeof attacker>

/** An instant moved back by whole days, in the stored +08:00 form. */
export function daysBefore(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() - days * 86_400_000 + 8 * 3_600_000).toISOString().replace('Z', '+08:00')
}
