import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../../../server/app'
import { DEMO_ENFORCEMENT, seedDemoEnforcement } from '../../../server/seed/demoEnforcement'
import { makeApp, type TestApp } from '../helpers'

let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-seed-enf-'))
const NOW = '2026-11-25T09:00:00+08:00'
beforeAll(async () => {
  t = await makeApp({ UPLOAD_DIR: uploadDir }, NOW)
  expect(await seedDemoEnforcement({ store: t.app.store, config: t.app.config, now: new Date(NOW), build: buildApp })).toBe(true)
}, 180_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

const get = async (user: string, url: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: await t.as(user) })
  expect(res.statusCode).toBe(200)
  return res.json()
}
interface Summary {
  id: string
  state: string
  stateName: string
  agricultural: boolean
  respondents: string[]
  teamName: string | null
  caseNumber: string | null
}
const R = DEMO_ENFORCEMENT.respondents
const byRespondent = (list: Summary[], name: string) => list.find((s) => s.respondents.includes(name))!

describe('the demo enforcement seed', () => {
  it('makes a case in every state, 涉农 ones among them, numbered from the court’s 执 sequence', async () => {
    const cases: Summary[] = await get('s-clerk-liu', '/court/enforcement/cases')
    expect(cases).toHaveLength(Object.keys(R).length)
    const states = new Set(cases.map((c) => c.state))
    for (const s of ['applied', 'closed']) expect(states).toContain(s)
    expect(byRespondent(cases, R.queued)).toMatchObject({ caseNumber: null, agricultural: true })
    expect(byRespondent(cases, R.acceptedNoTeam)).toMatchObject({ teamName: null, agricultural: true })
    expect(byRespondent(cases, R.acceptedNoTeam).caseNumber).toMatch(/^（2026）内0784执\d+号$/)
    expect(new Set(cases.flatMap((c) => (c.caseNumber ? [c.caseNumber] : []))).size).toBe(cases.length - 1)
    expect(cases.filter((c) => c.agricultural).length).toBeGreaterThanOrEqual(5)
    const queue: Summary[] = await get('s-clerk-liu', '/court/enforcement/queue')
    expect(queue.map((q) => q.respondents[0])).toEqual([R.queued])
  })

  it('keeps the chain of each state: an overdue lead, a freeze near expiry, money held, 执行完毕, 终本 with its checklist', async () => {
    const cases: Summary[] = await get('s-clerk-liu', '/court/enforcement/cases')
    const view = (name: string) => get('s-judge-zhao', `/court/enforcement/cases/${byRespondent(cases, name).id}`)
    const leads = await view(R.leadsVerifying)
    expect(leads.timeline.map((n: { name: string }) => n.name)).toContain('执行通知与报告财产令')
    expect(leads.leads).toHaveLength(2)
    expect(leads.leads.filter((l: { verification: { overdue: boolean } }) => l.verification.overdue)).toHaveLength(1)

    const freeze = await get('s-judge-wang', `/court/enforcement/cases/${byRespondent(cases, R.freezeExpiring).id}`)
    const expires = freeze.controls[0].expiresOn as string
    expect(expires > '2026-11-25' && expires < '2026-12-25').toBe(true)

    const held = await get('s-judge-wang', `/court/enforcement/cases/${byRespondent(cases, R.moneyHeld).id}`)
    expect(held.ledger).toMatchObject({ receivedFen: 2_000_000, paidFen: 0, heldFen: 2_000_000 })

    const done = await get('s-judge-wang', `/court/enforcement/cases/${byRespondent(cases, R.performed).id}`)
    expect(done.closure.modeName).toBe('执行完毕')
    expect(done.ledger).toMatchObject({ receivedFen: 1_800_000, paidFen: 1_800_000 })

    const ended = await view(R.terminated)
    expect(ended.closure.modeName).toBe('终结本次执行程序')
    expect(ended.termination).not.toBeNull()

    // The journey's 终本 case lacks only what the team records in it.
    const check = await get('s-judge-zhao', `/court/enforcement/cases/${byRespondent(cases, R.terminationCandidate).id}/termination-check`)
    expect(check.ready).toBe(false)
    const gaps = check.gaps.map((g: { message: string }) => g.message).join('\n')
    for (const missing of ['限制消费令', '失信名单', '网络执行查控', '财产调查', '约谈申请执行人']) expect(gaps).toContain(missing)
    expect(check.gaps).toHaveLength(5)
  })

  it('leaves 张桂兰 a served judgment past its appeal period to apply from', async () => {
    const eligible = await get(DEMO_ENFORCEMENT.applicant, '/enforcement/eligible')
    expect(eligible).toHaveLength(1)
    expect(eligible[0]).toMatchObject({ documentKind: 'judgment', existingEnforcementId: null })
    expect(eligible[0].respondents.map((r: { name: string }) => r.name)).toEqual(['王建国'])
  })

  it('does nothing the second time', async () => {
    const before = (await get('s-clerk-liu', '/court/enforcement/cases')).length
    expect(await seedDemoEnforcement({ store: t.app.store, config: t.app.config, now: new Date(NOW), build: buildApp })).toBe(false)
    expect(await get('s-clerk-liu', '/court/enforcement/cases')).toHaveLength(before)
  })
})
