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
    awaiting_reply_since: null,
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
        decided_at: ['accepted', 'declined'].includes(STATUSES[(i * 31) % STATUSES.length]) ? minutesAfter(i + 30) : null,
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

/**
 * 电子送达 and 在线调解 at a province's size, beside {@link seedProvince}'s filings: `n` documents,
 * each on filing i's case to litigant i + 1 (its defendant), and `n` mediations over the four
 * courts and 50 mediators, each with the filer as applicant and the next litigant as respondent
 * (linked to the account in half, named by ID only in the other half); half the documents opened.
 */
export async function seedServiceAndMediation(db: Kysely<Database>, opts: { n: number; filers: number }): Promise<void> {
  const docs: Database['service_documents'][] = []
  const mediations: Database['mediations'][] = []
  const parties: Database['mediation_parties'][] = []
  const events: Database['service_events'][] = []
  const user = (i: number) => `u-${String(i % opts.filers).padStart(6, '0')}`
  const now = '2026-01-01T00:00:00+08:00'
  await db
    .insertInto('users')
    .values(
      Array.from({ length: 50 }, (_, i) => ({
        id: `s-mediator-${i}`,
        role: 'mediator' as const,
        court_id: COURTS[i % COURTS.length],
        account: null,
        password_hash: null,
        openid: null,
        display_name: `调解员${i}`,
        real_name: `调解员${i}`,
        id_number: null,
        mobile: null,
        address: null,
        real_name_status: 'none' as const,
        demo: 0,
        created_at: now,
        updated_at: now,
        disabled_at: null,
        review_reason: null,
      })),
    )
    .execute()
  for (let i = 0; i < opts.n; i += 1) {
    const at = minutesAfter(i)
    docs.push({
      id: `sd-${String(i).padStart(7, '0')}`,
      case_id: `p-${String(i).padStart(7, '0')}`,
      court_id: COURTS[i % COURTS.length],
      kind: 'response-notice',
      title: '应诉通知书',
      method: 'electronic',
      party_idx: 1,
      recipient_id_key: litigantKey((i + 1) % opts.filers),
      recipient_name: '王建国',
      recipient_side: i % 4 === 0 ? 'plaintiff' : 'defendant',
      content_json: '{}',
      content_sha256: '0'.repeat(64),
      file_id: null,
      appealable: 0,
      issued_by: 's-judge-wang',
      issued_at: at,
    })
    // Half of them delivered and opened: the receipts the unread count looks for.
    if (i % 2 === 0)
      events.push({
        case_id: `p-${String(i).padStart(7, '0')}`,
        seq: 1,
        document_id: docs[docs.length - 1].id,
        type: 'opened',
        at,
        actor_id: null,
        detail_json: '{}',
        prev_hash: '0'.repeat(64),
        hash: '0'.repeat(64),
        key_id: null,
        signature: null,
        signed_at: null,
      })
    const id = `md-${String(i).padStart(7, '0')}`
    mediations.push(
      mediationRow(id, minutesAfter(i), {
        number: `（2026）诉前调${i}号`,
        court_id: COURTS[i % COURTS.length],
        claim: '支付货款',
        amount_fen: 100_000,
        requested_by: user(i * 7919),
        mediator_id: i % 3 === 0 ? null : `s-mediator-${i % 50}`,
        updated_at: minutesAfter(i + (i % 13)),
      }),
    )
    const party = { mobile: null, consent_at: null, service_json: null, signed_at: null, jc_applied_at: null }
    parties.push({ ...party, mediation_id: id, role: 'applicant', user_id: user(i * 7919), name: '申请人', id_number: litigantKey((i * 7919) % opts.filers) })
    parties.push({
      ...party,
      mediation_id: id,
      role: 'respondent',
      user_id: i % 2 ? user(i + 1) : null,
      name: '被申请人',
      id_number: litigantKey((i + 1) % opts.filers),
    })
  }
  for (let i = 0; i < opts.n; i += 200) {
    await db
      .insertInto('service_documents')
      .values(docs.slice(i, i + 200))
      .execute()
    await db
      .insertInto('mediations')
      .values(mediations.slice(i, i + 200))
      .execute()
    await db
      .insertInto('mediation_parties')
      .values(parties.slice(2 * i, 2 * i + 400))
      .execute()
  }
  for (let i = 0; i < events.length; i += 200)
    await db
      .insertInto('service_events')
      .values(events.slice(i, i + 200))
      .execute()
}

/** A pre-filing mediation 张桂兰 asked 额尔古纳 for, requested and changed at `at`, stored without the API. */
export function mediationRow(id: string, at: string, o: Partial<Database['mediations']> = {}): Database['mediations'] {
  return {
    id,
    number: `（2026）内0784诉前调${id}号`,
    court_id: 'c-ergun',
    stage: 'pre-filing',
    filing_id: null,
    case_number: null,
    procedure: null,
    dispute: '买卖合同纠纷',
    claim: '支付小麦货款',
    amount_fen: 4_680_000,
    status: 'requested',
    requested_by: 'd-zhang-guilan',
    requested_on: at.slice(0, 10),
    mediator_id: null,
    chosen_by: null,
    received_on: null,
    mediator_confirmed_at: null,
    limit_due: null,
    booking_id: null,
    decline_reason: null,
    outcome: null,
    outcome_note: null,
    outcome_at: null,
    agreement_terms: null,
    agreement_effective_at: null,
    jc_due: null,
    jc_claimed_at: null,
    jc_filing_id: null,
    draft_filing_id: null,
    created_at: at,
    updated_at: at,
    ...o,
  }
}

/** A party of a mediation, by account (or none yet) and verified ID number. */
export function mediationParty(
  mediationId: string,
  role: Database['mediation_parties']['role'],
  who: { user_id: string | null; name: string; id_number: string },
): Database['mediation_parties'] {
  return { mediation_id: mediationId, role, mobile: null, consent_at: null, service_json: null, signed_at: null, jc_applied_at: null, ...who }
}
