import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { hearingApi, hearingRows } from './hearingHelpers'

// Bad input: 400 with a stable code, the field, a Chinese message — and nothing stored.
let t: TestApp
let api: ReturnType<typeof hearingApi>
let caseId: string
let requestId: string
let slot: { date: string; half: string; roomId: string }
beforeAll(async () => {
  t = await makeApp()
  api = hearingApi(t)
  caseId = (await acceptedCase(t)).id
  const asked = await api.ask(caseId)
  requestId = asked.request.id
  // Only what a booking takes: the suggestion also carries its label, time and names, which a body may not.
  const { date, half, roomId } = asked.slots[0]
  slot = { date, half, roomId }
})
afterAll(async () => t.close())

async function refuses(who: string, url: string, body: unknown, expected: { status?: number; code: string; field: string; message?: string }) {
  const before = await hearingRows(t)
  const answers = await t.app.store.db.selectFrom('hearing_answers').selectAll().execute()
  const res = await api.call(who, 'POST', url, body)
  expect(res.statusCode).toBe(expected.status ?? 400)
  expect(res.json().error).toMatchObject({ code: expected.code, field: expected.field, ...(expected.message ? { message: expected.message } : {}) })
  expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(await hearingRows(t)).toEqual(before)
  expect(await t.app.store.db.selectFrom('hearing_answers').selectAll().execute()).toEqual(answers)
}

describe('choosing a half-day', () => {
  it.each([
    {
      label: 'a badly written date',
      body: { date: '12/16', half: 'am' },
      code: 'INVALID_INPUT',
      field: 'date',
      message: '开庭日期的格式不对，请核对后重新填写',
    },
    { label: 'a date that does not exist', body: { date: '2026-12-32', half: 'am' }, code: 'DATE_INVALID', field: 'date' },
    { label: 'an evening', body: { date: '2026-12-16', half: 'evening' }, code: 'INVALID_INPUT', field: 'half', message: '上午或下午的选项无效，请重新选择' },
    { label: 'no half-day', body: { date: '2026-12-16' }, code: 'INVALID_INPUT', field: 'half', message: '请填写上午或下午' },
    { label: 'a day that was never suggested', body: { date: '2026-12-19', half: 'am' }, status: 409, code: 'HEARING_SLOT_GONE', field: 'date' },
  ])('refuses $label', async ({ body, status, code, field, message }) => {
    await refuses('d-zhang-guilan', `/hearing-requests/${requestId}/choice`, body, { status, code, field, message })
  })
})

describe('declaring busy dates', () => {
  it.each([
    { label: 'an empty list', body: { busy: [] }, code: 'INVALID_INPUT', field: 'busy', message: '不便到庭的日期至少需要1项' },
    { label: 'a range already past', body: { busy: [{ from: '2026-11-20', to: '2026-11-24' }] }, code: 'FARM_BUSY_RANGE_PAST', field: 'busy[0].to' },
    {
      label: 'a range ending before it starts',
      body: { busy: [{ from: '2026-12-20', to: '2026-12-18' }] },
      code: 'FARM_BUSY_RANGE_INVALID',
      field: 'busy[0].to',
    },
    {
      label: 'a reason of an essay',
      body: { busy: [{ from: '2026-12-20', to: '2026-12-21', reason: '忙'.repeat(51) }] },
      code: 'INVALID_INPUT',
      field: 'busy[0].reason',
      message: '不便的原因不能超过50个字',
    },
    {
      label: 'eleven ranges at once',
      body: { busy: Array.from({ length: 11 }, () => ({ from: '2026-12-20', to: '2026-12-21' })) },
      code: 'INVALID_INPUT',
      field: 'busy',
      message: '不便到庭的日期最多10项',
    },
  ])('refuses $label', async ({ body, code, field, message }) => {
    await refuses('d-wang-jianguo', `/hearing-requests/${requestId}/busy`, body, { code, field, message })
    expect(await t.app.store.db.selectFrom('farm_profiles').selectAll().execute()).toEqual([])
  })
})

describe('booking', () => {
  it.each([
    { label: 'no room', patch: { roomId: undefined }, code: 'INVALID_INPUT', field: 'roomId', message: '请填写法庭或巡回审判点' },
    { label: 'the mediation room', patch: { roomId: 'r-ergun-m' }, code: 'HEARING_ROOM_INVALID', field: 'roomId' },
    { label: 'a courtroom of another court', patch: { roomId: 'r-dongsheng-1' }, code: 'HEARING_ROOM_INVALID', field: 'roomId' },
    { label: 'a judge of another court', patch: { judgeId: 's-judge-gao' }, code: 'HEARING_JUDGE_INVALID', field: 'judgeId' },
    { label: 'a clerk as the judge', patch: { judgeId: 's-clerk-liu' }, code: 'HEARING_JUDGE_INVALID', field: 'judgeId' },
    { label: 'a request of another case', patch: { requestId: 'hr-other' }, status: 409, code: 'HEARING_REQUEST_CLOSED', field: 'requestId' },
    { label: 'a badly written date', patch: { date: '2026-12-1' }, code: 'INVALID_INPUT', field: 'date' },
  ])('refuses $label', async ({ patch, status, code, field, message }) => {
    await refuses('s-judge-wang', `/hearings/cases/${caseId}/hearings`, { ...slot, requestId, ...patch }, { status, code, field, message })
  })
})
