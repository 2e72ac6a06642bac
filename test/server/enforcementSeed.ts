import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../../server/db/schema'
import type { EnforcementCaseTable } from '../../server/db/schemaEnforcement'

export type CaseRow = Insertable<EnforcementCaseTable> & { id: string; court_id: string; received_on: string; agricultural: number }

/** A day `n` days after 2026-01-01, 'YYYY-MM-DD'. */
export function dayAfter(n: number): string {
  return new Date(Date.parse('2026-01-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10)
}

const PARTIES = JSON.stringify([
  { side: 'applicant', type: 'person', name: '张桂兰', idKey: '', accountId: null, mobile: null, address: null },
  { side: 'respondent', type: 'person', name: '王建国', idKey: '', accountId: null, mobile: null, address: null },
])

/**
 * An application of 张桂兰 at 额尔古纳, still waiting for 立案, stored without the API (lists need
 * thousands): the columns the schema requires, and JSON the list's summaries read.
 */
export function enforcementRow(id: string, overrides: Partial<CaseRow> = {}): CaseRow {
  return {
    id,
    court_id: 'c-ergun',
    case_type: '执',
    applicant_id: 'd-zhang-guilan',
    source_json: '{}',
    parties_json: PARTIES,
    amount_fen: 3_600_000,
    requests: '被执行人支付价款',
    agricultural: 0,
    agricultural_json: '[]',
    received_on: '2026-11-20',
    period_json: '{}',
    facts_json: '{}',
    version: 1,
    created_at: '2026-11-20T09:00:00+08:00',
    updated_at: '2026-11-20T09:00:00+08:00',
    ...overrides,
  }
}

/** Stores rows in batches small enough for either engine's bound-parameter limit. */
export async function insertEnforcementCases(db: Kysely<Database>, rows: CaseRow[], batch = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += batch)
    await db
      .insertInto('enforcement_cases')
      .values(rows.slice(i, i + batch))
      .execute()
}

/** Names a verified ID on cases, as an application's parties are stored (the respondent's side unless told). */
export async function nameOnCases(db: Kysely<Database>, links: Array<{ caseId: string; idKey: string; idx?: number }>): Promise<void> {
  const rows = links.map((l) => ({ case_id: l.caseId, idx: l.idx ?? 1, side: 'respondent' as const, name: '王建国', id_key: l.idKey }))
  for (let i = 0; i < rows.length; i += 400)
    await db
      .insertInto('enforcement_parties')
      .values(rows.slice(i, i + 400))
      .execute()
}

/** 额尔古纳's two "3+1" teams: 执行一团队 under 王法官 (et-a) and 执行二团队 under 赵法官 (et-b), 刘书记员 in both. */
export async function insertTwoTeams(db: Kysely<Database>, at: string): Promise<void> {
  const team = (id: string, name: string, judge: string) => ({
    id,
    court_id: 'c-ergun',
    name,
    judge_id: judge,
    assistant_id: 's-clerk-liu',
    clerk_id: 's-clerk-liu',
    bailiff_id: 's-clerk-liu',
    created_at: at,
    updated_at: at,
  })
  await db
    .insertInto('enforcement_teams')
    .values([team('et-a', '执行一团队', 's-judge-wang'), team('et-b', '执行二团队', 's-judge-zhao')])
    .execute()
}
