import type { Kysely } from 'kysely'
import type { Database } from '../../server/db/schema'
import type { FilingRow } from '../../server/repositories/filings'
import { wheatSaleComplaint } from './fixtures'

const DATA = JSON.stringify(wheatSaleComplaint())

/** A submitted complaint row of 张桂兰 at 额尔古纳, stored without the API (lists need thousands). */
export function filingRow(id: string, overrides: Partial<FilingRow> = {}): FilingRow {
  const at = overrides.submitted_at ?? '2026-11-20T09:00:00+08:00'
  return {
    id,
    filer_id: 'd-zhang-guilan',
    kind: 'civil-first',
    court_id: 'c-ergun',
    target_court_id: 'c-ergun',
    status: 'submitted',
    version: 1,
    data_json: DATA,
    agricultural: 0,
    filing_number: null,
    fee_json: null,
    submitted_at: at,
    review_started_on: '2026-11-20',
    forwarded_at: null,
    correction_json: null,
    decline_reason: null,
    case_number: null,
    procedure: null,
    judge_id: null,
    decided_at: null,
    decided_on: null,
    small_claims_json: null,
    agreed_periods_json: null,
    created_at: at,
    updated_at: at,
    ...overrides,
  }
}

/** A time `minutes` after a fixed start, in the stored form (Asia/Shanghai offset, fixed width). */
export function minutesAfter(minutes: number): string {
  const d = new Date(Date.parse('2026-01-01T00:00:00+08:00') + minutes * 60_000 + 8 * 3_600_000)
  return `${d.toISOString().slice(0, 19)}+08:00`
}

/** Stores rows in batches small enough for either engine's bound-parameter limit. */
export async function insertFilings(db: Kysely<Database>, rows: FilingRow[], batch = 400): Promise<void> {
  for (let i = 0; i < rows.length; i += batch)
    await db
      .insertInto('filings')
      .values(rows.slice(i, i + batch))
      .execute()
}

/** Names people on filings, as a party (`filing_parties`) or as the agent (`filing_agents`). */
export async function nameOn(db: Kysely<Database>, table: 'filing_parties' | 'filing_agents', links: Array<{ filingId: string; idKey: string }>) {
  for (let i = 0; i < links.length; i += 400) {
    const part = links.slice(i, i + 400)
    if (table === 'filing_parties')
      await db
        .insertInto('filing_parties')
        .values(part.map((l) => ({ filing_id: l.filingId, idx: 1, side: 'defendant', name: '王建国', id_key: l.idKey, mobile: null })))
        .execute()
    else
      await db
        .insertInto('filing_agents')
        .values(part.map((l) => ({ filing_id: l.filingId, id_key: l.idKey, name: '李春生' })))
        .execute()
  }
}

const COURTS = ['c-ergun', 'c-dongsheng', 'c-hulunbuir', 'c-ordos']
const STATUSES: FilingRow['status'][] = ['accepted', 'accepted', 'accepted', 'declined', 'submitted', 'correction-requested', 'draft']

/** The resident ID key of the `i`-th synthetic litigant (a shape, not a checked number). */
export const litigantKey = (i: number) => `1507841970${String(i).padStart(8, '0')}`

/**
 * A province-sized table: `filings` filings by `filers` litigants spread over the four courts,
 * most decided, about a sixth waiting for review, a third 涉农, one in fifty forwarded across
 * regions; each names a defendant by ID key (litigant i + 1 for filing i, so everyone is also
 * someone's party), and one in ten an agent. Deterministic, so runs compare.
 */
export async function seedProvince(db: Kysely<Database>, opts: { filings: number; filers: number }): Promise<void> {
  const now = '2026-01-01T00:00:00+08:00'
  const users = Array.from({ length: opts.filers }, (_, i) => ({
    id: `u-${String(i).padStart(6, '0')}`,
    role: 'litigant' as const,
    court_id: null,
    account: null,
    password_hash: null,
    openid: null,
    display_name: `当事人${i}`,
    real_name: `当事人${i}`,
    id_number: litigantKey(i),
    mobile: null,
    address: null,
    real_name_status: 'verified' as const,
    demo: 0,
    created_at: now,
    updated_at: now,
    disabled_at: null,
    review_reason: null,
  }))
  for (let i = 0; i < users.length; i += 400)
    await db
      .insertInto('users')
      .values(users.slice(i, i + 400))
      .execute()
  const rows: FilingRow[] = []
  const parties: Array<{ filingId: string; idKey: string }> = []
  const agents: Array<{ filingId: string; idKey: string }> = []
  for (let i = 0; i < opts.filings; i += 1) {
    const id = `p-${String(i).padStart(7, '0')}`
    const court = COURTS[i % COURTS.length]
    const forwarded = i % 50 === 7
    const at = minutesAfter(i)
    rows.push(
      filingRow(id, {
        filer_id: `u-${String((i * 7919) % opts.filers).padStart(6, '0')}`,
        court_id: court,
        target_court_id: forwarded ? COURTS[(i + 1) % COURTS.length] : court,
        forwarded_at: forwarded ? minutesAfter(i + 60) : null,
        status: STATUSES[(i * 31) % STATUSES.length],
        agricultural: i % 3 === 0 ? 1 : 0,
        submitted_at: at,
        created_at: at,
        updated_at: minutesAfter(i + (i % 11)),
      }),
    )
    parties.push({ filingId: id, idKey: litigantKey((i + 1) % opts.filers) })
    if (i % 10 === 3) agents.push({ filingId: id, idKey: litigantKey((i * 13) % opts.filers) })
  }
  await insertFilings(db, rows)
  await nameOn(db, 'filing_parties', parties)
  await nameOn(db, 'filing_agents', agents)
}
