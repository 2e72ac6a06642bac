import type { TestApp } from '../helpers'

/** Who stands how to the cases these tests build (seed users of server/seed/demo.ts). */
export const WHO = {
  applicant: 'd-zhang-guilan',
  respondent: 'd-wang-jianguo',
  stranger: 'd-new-user',
  agent: 'd-li-chunsheng',
  teamJudge: 's-judge-wang',
  teamClerk: 's-clerk-liu',
  otherTeam: 's-judge-zhao',
  admin: 's-admin-sun',
  otherCourt: 's-judge-gao',
  mediator: 's-mediator-chen',
} as const

export const RESPONDENT_ID = '150784197209150019'

/** Calls the API as `user`, with an Idempotency-Key when given. */
export async function call(t: TestApp, user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, key?: string) {
  const headers = { ...(await t.as(user)), ...(key ? { 'idempotency-key': key } : {}) }
  return t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) })
}

let seq = 0
/** A file row owned by `owner`, as an upload leaves it. */
export async function file(t: TestApp, owner: string, mime = 'image/jpeg') {
  const id = `f-fx-${++seq}-${owner}`
  await t.app.services.repos.files.insert({
    id,
    owner_id: owner,
    original_name: `${id}.${mime === 'application/pdf' ? 'pdf' : 'jpg'}`,
    mime,
    size: 10,
    sha256: 'b'.repeat(64),
    storage_name: id,
    created_at: '2026-11-25T09:00:00+08:00',
  })
  return id
}

export const lead = (photoFileIds: string[] = [], kind = 'livestock') => ({
  kind,
  description: '肉牛约20头',
  location: '拉布大林嘎查北草场',
  photoFileIds,
  urgent: false,
})

const WANG = { name: '王建国', idNumber: RESPONDENT_ID }

/** An application from an arbitral award naming 王建国 (verified) as the respondent, unless told. */
export async function applyOutside(t: TestApp, respondent: { name: string; idNumber: string } = WANG) {
  const res = await call(t, WHO.applicant, 'POST', '/enforcement/applications', {
    source: {
      kind: 'outside',
      documentKind: 'arbitral-award',
      documentNumber: '呼仲裁字〔2026〕第15号',
      issuer: '呼伦贝尔仲裁委员会',
      effectiveOn: '2026-09-01',
      courtId: 'c-ergun',
      fileIds: [await file(t, WHO.applicant)],
      respondents: [{ type: 'person', ...respondent }],
      amountFen: 3_600_000,
      cause: '买卖合同纠纷',
    },
    requests: '被执行人支付购买肉牛的价款三万六千元',
    leads: [lead([await file(t, WHO.applicant)])],
    declaration: true,
  })
  expect(res.statusCode).toBe(200)
  return res.json() as { id: string; leads: Array<{ id: string }> }
}

/** The court's two teams: 甲 (王法官 with 刘书记员) and 乙 (赵法官 with 刘书记员). */
export async function teams(t: TestApp) {
  const make = async (name: string, judgeId: string) => {
    const res = await call(t, WHO.admin, 'POST', '/court/enforcement/teams', {
      name,
      judgeId,
      assistantId: WHO.teamClerk,
      clerkId: WHO.teamClerk,
      bailiffId: WHO.teamClerk,
    })
    expect(res.statusCode).toBe(200)
    return res.json().id as string
  }
  return { a: await make('执行甲团队', WHO.teamJudge), b: await make('执行乙团队', WHO.otherTeam) }
}

/** An application accepted and given to a team (甲 with 王法官 as 承办人 unless told). */
export async function filedCase(t: TestApp, teamId: string, handlerId: string = WHO.teamJudge, respondent = WANG) {
  const applied = await applyOutside(t, respondent)
  expect((await call(t, WHO.teamClerk, 'POST', `/court/enforcement/cases/${applied.id}/accept`, {})).statusCode).toBe(200)
  const assigned = await call(t, WHO.teamClerk, 'POST', `/court/enforcement/cases/${applied.id}/assign`, { teamId, handlerId })
  expect(assigned.statusCode).toBe(200)
  return assigned.json() as { id: string; caseNumber: string; leads: Array<{ id: string }> }
}

export const node = (t: TestApp, id: string, body: object, user: string = WHO.teamJudge) => call(t, user, 'POST', `/court/enforcement/cases/${id}/nodes`, body)

/**
 * A filed case worked through the whole 终本 checklist and closed by 终本 on `on` (the clock must
 * already stand on that day, more than three months after 立案).
 */
export async function terminate(t: TestApp, c: { id: string; leads: Array<{ id: string }> }, on: string) {
  const steps = [
    { kind: 'execution-notice', on, reportDueOn: on, performanceDays: 5, serve: false },
    { kind: 'asset-report', outcome: 'reported', checkedOn: on, note: '报告无财产，经核实属实' },
    ...c.leads.map((l) => ({ kind: 'lead-verification', leadId: l.id, on, outcome: 'not-found', note: '牛已出售，草场无牛' })),
    { kind: 'online-search', on, results: [{ category: 'deposit', institution: '中国农业银行', found: false, description: '无存款' }] },
    { kind: 'consumption-restriction', on, documentNumber: '（2026）内0784执限1号' },
    { kind: 'credit-listing', on, listed: true, reason: '有履行能力而拒不履行' },
    { kind: 'investigation', on, propertyOutcome: 'none-found', debtorMissing: false, obstruction: false, note: '穷尽调查措施' },
    { kind: 'interview', on, opinion: '同意终本，发现财产再申请恢复执行' },
  ]
  for (const s of steps) expect((await node(t, c.id, s)).statusCode).toBe(200)
  const closed = await call(t, WHO.teamJudge, 'POST', `/court/enforcement/cases/${c.id}/close`, {
    mode: 'terminated-for-now',
    on,
    rulingNumber: '（2026）内0784执1号之二',
    reason: '未发现可供执行的财产',
  })
  expect(closed.statusCode).toBe(200)
  return closed.json()
}
