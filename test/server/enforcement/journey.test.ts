import { makeApp, type TestApp } from '../helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 120_000)
afterAll(async () => t.close())

const APPLICANT = 'd-zhang-guilan'
const OUTSIDER = 'd-wang-jianguo'

async function file(owner: string, id: string) {
  await t.app.services.repos.files.insert({
    id,
    owner_id: owner,
    original_name: `${id}.jpg`,
    mime: 'image/jpeg',
    size: 10,
    sha256: 'a'.repeat(64),
    storage_name: id,
    created_at: '2026-11-25T09:00:00+08:00',
  })
  return id
}

async function call(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: await t.as(user), ...(payload === undefined ? {} : { payload: payload as object }) })
}

async function applyOutside(fileId: string, photoId: string) {
  const res = await call(APPLICANT, 'POST', '/enforcement/applications', {
    source: {
      kind: 'outside',
      documentKind: 'arbitral-award',
      documentNumber: '呼仲裁字〔2026〕第15号',
      issuer: '呼伦贝尔仲裁委员会',
      effectiveOn: '2026-09-01',
      courtId: 'c-ergun',
      fileIds: [fileId],
      respondents: [{ type: 'person', name: '巴特尔' }],
      amountFen: 3_600_000,
      cause: '买卖合同纠纷',
    },
    requests: '被执行人支付购买肉牛的价款三万六千元',
    leads: [{ kind: 'livestock', description: '肉牛约20头', location: '拉布大林嘎查北草场', photoFileIds: [photoId], urgent: false }],
    declaration: true,
  })
  expect(res.statusCode).toBe(200)
  return res.json()
}

describe('enforcement from application to payout', () => {
  let caseId = ''

  it('accepts an application from an outside document, 涉农, with the period in words and the fee notice', async () => {
    const view = await applyOutside(await file(APPLICANT, 'f-award'), await file(APPLICANT, 'f-cow'))
    caseId = view.id
    expect(view.period.text).toBe('申请执行期限到2028年9月1日')
    expect(view.fee.text).toBe('执行申请费执行后交纳，由被执行人负担')
    expect(view.agricultural).toBe(true)
    expect(view.leads[0].verification.due).toBe('2026-12-02')
    expect(view.leads[0].photos.map((p: { id: string }) => p.id)).toEqual(['f-cow'])
    // The application is the party's step; 立案 is still the court's, with its 7-day clock.
    const steps = (view.timeline as { name: string; status: string; deadline: unknown }[]).filter((n) => n.name === '申请执行' || n.name === '立案')
    expect(steps.map((n) => [n.name, n.status])).toEqual([
      ['申请执行', 'done'],
      ['立案', 'pending'],
    ])
    expect(steps[1].deadline).not.toBeNull()
  })

  it('refuses a file another person uploaded, changing nothing', async () => {
    const before = (await call(APPLICANT, 'GET', '/enforcement/cases')).json().length
    const res = await call(APPLICANT, 'POST', '/enforcement/applications', {
      source: {
        kind: 'outside',
        documentKind: 'notarial-deed',
        documentNumber: '（2026）额证字第1号',
        issuer: '额尔古纳市公证处',
        effectiveOn: '2026-09-01',
        courtId: 'c-ergun',
        fileIds: [await file(OUTSIDER, 'f-other')],
        respondents: [{ type: 'person', name: '某人' }],
        amountFen: 100,
      },
      requests: '支付欠款',
      leads: [],
      declaration: true,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'ENFORCEMENT_FILE_UNKNOWN', field: 'source.fileIds[0]' })
    expect((await call(APPLICANT, 'GET', '/enforcement/cases')).json()).toHaveLength(before)
  })

  it('lets only the case’s court see the queue and the case', async () => {
    expect((await call('s-clerk-liu', 'GET', '/court/enforcement/queue')).json().map((s: { id: string }) => s.id)).toContain(caseId)
    expect((await call('s-judge-gao', 'GET', `/court/enforcement/cases/${caseId}`)).statusCode).toBe(403)
    expect((await call('s-mediator-chen', 'GET', `/court/enforcement/cases/${caseId}`)).statusCode).toBe(403)
    expect((await call(OUTSIDER, 'GET', `/enforcement/cases/${caseId}`)).statusCode).toBe(403)
    expect((await call(APPLICANT, 'GET', `/court/enforcement/cases/${caseId}`)).statusCode).toBe(403)
  })

  it('gives concurrent accepts distinct consecutive numbers', async () => {
    const second = await applyOutside(await file(APPLICANT, 'f-award2'), await file(APPLICANT, 'f-cow2'))
    const [a, b] = await Promise.all([
      call('s-clerk-liu', 'POST', `/court/enforcement/cases/${caseId}/accept`, {}),
      call('s-judge-wang', 'POST', `/court/enforcement/cases/${second.id}/accept`, {}),
    ])
    expect([a.statusCode, b.statusCode]).toEqual([200, 200])
    const numbers = [a.json().caseNumber, b.json().caseNumber].sort()
    expect(numbers).toEqual(['（2026）内0784执1号', '（2026）内0784执2号'])
    const again = await call('s-clerk-liu', 'POST', `/court/enforcement/cases/${caseId}/accept`, {})
    expect(again.json().error.code).toBe('ENFORCEMENT_STATE')
  })
})

describe('the team works the case', () => {
  it('assigns a team, records nodes by its members only, pays out no more than received, and refuses an incomplete 终本', async () => {
    const view = await applyOutside(await file(APPLICANT, 'f-award3'), await file(APPLICANT, 'f-cow3'))
    expect((await call('s-clerk-liu', 'POST', `/court/enforcement/cases/${view.id}/accept`, {})).statusCode).toBe(200)
    const team = await call('s-admin-sun', 'POST', '/court/enforcement/teams', {
      name: '执行一团队',
      judgeId: 's-judge-wang',
      assistantId: 's-clerk-liu',
      clerkId: 's-clerk-liu',
      bailiffId: 's-clerk-liu',
    })
    expect(team.statusCode).toBe(200)
    expect(
      (
        await call('s-clerk-liu', 'POST', '/court/enforcement/teams', {
          name: '乙团队',
          judgeId: 's-judge-zhao',
          assistantId: 's-clerk-liu',
          clerkId: 's-clerk-liu',
          bailiffId: 's-clerk-liu',
        })
      ).statusCode,
    ).toBe(403)
    const assigned = await call('s-clerk-liu', 'POST', `/court/enforcement/cases/${view.id}/assign`, { teamId: team.json().id, handlerId: 's-judge-wang' })
    expect(assigned.statusCode).toBe(200)
    const node = (body: object, user = 's-judge-wang') => call(user, 'POST', `/court/enforcement/cases/${view.id}/nodes`, body)
    expect((await node({ kind: 'settlement', on: '2026-11-25', terms: '分期付款' }, 's-judge-zhao')).statusCode).toBe(403)
    expect((await node({ kind: 'execution-notice', on: '2026-11-25', reportDueOn: '2026-12-05', performanceDays: 5, serve: false })).statusCode).toBe(200)
    const leadId = assigned.json().leads[0].id
    expect((await node({ kind: 'lead-verification', leadId, on: '2026-11-25', outcome: 'found', note: '草场上有肉牛22头' })).statusCode).toBe(200)
    expect(
      (
        await node({
          kind: 'control',
          measure: 'seize',
          asset: 'movable',
          description: '肉牛22头',
          leadId,
          rulingNumber: '（2026）内0784执3号之一',
          effectiveOn: '2026-11-25',
        })
      ).json().controls[0].expiresOn,
    ).toBe('2028-11-24')
    const received = await node({ kind: 'money-received', on: '2026-11-25', amountFen: 3_600_000, payer: '巴特尔', note: '' })
    const receiptId = received.json().ledger.receipts[0].id
    expect(received.json().ledger.receipts[0].payout.due).toBe('2026-12-25')
    const over = await node({ kind: 'money-paid', receiptId, on: '2026-11-25', amountFen: 3_600_001, payee: '张桂兰', note: '' })
    expect(over.json().error).toMatchObject({ code: 'ENFORCEMENT_PAYOUT_EXCEEDS', field: 'amountFen' })
    const paid = await node({ kind: 'money-paid', receiptId, on: '2026-11-26', amountFen: 3_600_000, payee: '张桂兰', note: '' })
    expect(paid.json().ledger).toMatchObject({ receivedFen: 3_600_000, paidFen: 3_600_000, heldFen: 0 })
    expect(paid.json().ledger.entries.map((e: { direction: string }) => e.direction)).toEqual(['in', 'out'])
    const mine = (await call(APPLICANT, 'GET', `/enforcement/cases/${view.id}`)).json()
    expect(mine.timeline.map((n: { name: string }) => n.name)).toEqual(
      expect.arrayContaining(['立案', '确定承办人', '执行通知与报告财产令', '财产线索核查', '冻结/查封/扣押/划拨', '执行款到账', '执行款发放']),
    )
    const early = await call('s-judge-wang', 'POST', `/court/enforcement/cases/${view.id}/close`, {
      mode: 'terminated-for-now',
      on: '2026-11-26',
      reason: '暂无财产',
    })
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('ENFORCEMENT_TERMINATION_INCOMPLETE')
    expect(
      early
        .json()
        .error.problems.map((p: { message: string }) => p.message)
        .join(''),
    ).toContain('立案还不满三个月')
    const done = await call('s-judge-wang', 'POST', `/court/enforcement/cases/${view.id}/close`, { mode: 'performed', on: '2026-11-26', reason: '全部履行' })
    expect(done.json().closure.modeName).toBe('执行完毕')
  })
})
