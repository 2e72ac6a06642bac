import type { Page } from 'playwright-core'
import { wheatSaleComplaint } from '../server/fixtures'
import { acceptedCaseViaApi, callApi, fill, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

// The real clock runs this journey: every date below comes from what the server returns.
let j: Journey
let farmer: Page
let caseId: string
let caseNumber: string
let plaintiffToken: string
let request: RequestView

interface Slot {
  date: string
  half: 'am' | 'pm'
  label: string
  roomName: string
}
interface RequestView {
  id: string
  slots: Slot[]
  excluded: Array<{ from: string; to: string; reason: string }>
  calendar: { farm: Array<{ from: string; to: string; activity: string; label: string; season: string; activityName: string }> }
}

const api = <T>(method: string, url: string, token: string | null, body?: unknown) => callApi<T>(j, method, url, token, body)

/** The case is made through the API (filing has its own journey): 张桂兰, an Ergun farmer (wheat, haymaking), sues 王建国; 王立新法官 accepts it. */
async function makeCase() {
  const made = await acceptedCaseViaApi(j, wheatSaleComplaint())
  plaintiffToken = made.plaintiffToken
  return { id: made.id, caseNumber: made.caseNumber }
}

const monthTitle = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`

/** Pages the calendar with its arrows until it shows the month of `date`. */
async function showMonth(p: Page, date: string) {
  const want = monthTitle(date)
  for (let i = 0; i < 14; i++) {
    const title = (await p.locator('#cal-title').textContent())?.trim() ?? ''
    if (title === want) return
    const [y, m] = [Number(title.slice(0, 4)), Number(title.slice(5, -1))]
    const ahead = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) > y * 12 + m
    await p.locator(ahead ? '#cal-next' : '#cal-prev').click()
  }
  throw new Error(`calendar never showed ${want}`)
}

const classOf = async (p: Page, date: string) => (await p.locator(`#day-${date}`).getAttribute('class')) ?? ''

beforeAll(async () => {
  j = await startJourney('hearing')
  ;({ id: caseId, caseNumber } = await makeCase())
  farmer = await j.newPhone()
})
afterAll(async () => j?.close())

describe('开庭排期: a judge asks, an Ergun farmer picks a date outside her farm season, the judge confirms, the 传票 arrives', () => {
  it('the judge opens the accepted case and asks the parties to choose', async () => {
    const p = j.page
    await signInAsStaff(j, 'judge.wang')
    await p.locator('#tile-hearing').click()
    await p.locator(`#hcase-${caseId}`).click()
    await p.getByText('农忙：额尔古纳，小麦收割、打草（立案时填写）').waitFor()
    await p.locator('#suggestion-0').waitFor()
    await j.shot('judge-case-unscheduled')
    await p.locator('#ask-parties').click()
    await p.locator('#answers').waitFor()
    await p.getByText('已请当事人选择开庭日期').waitFor()
    await j.shot('judge-asked')
  })

  it('the farmer opens her request: suggestions as big buttons, the calendar greys the defence period with its reason', async () => {
    const mine = await api<Array<{ id: string; caseId: string }>>('GET', '/hearing-requests', plaintiffToken)
    request = await api<RequestView>('GET', `/hearing-requests/${mine.find((r) => r.caseId === caseId)!.id}`, plaintiffToken)
    expect(request.slots.length).toBeGreaterThan(0)

    const p = farmer
    await signInAsDemo(j, 'd-zhang-guilan', p)
    await p.locator('#tile-hearing-choose').click()
    await p.locator(`#request-${request.id}`).click()
    const first = request.slots[0]
    await p.locator(`#slot-${first.date}-${first.half}`).waitFor()
    expect(await p.locator(`#slot-${first.date}-${first.half}`).textContent()).toContain(first.label)
    await p.getByText('已避开您的农忙时节（小麦收割、打草）').waitFor()
    await j.shot('farmer-suggestions', p)

    // A greyed day explains itself on tap.
    const defence = request.excluded.find((e) => e.reason.startsWith('答辩期内'))!
    await showMonth(p, defence.to)
    expect(await classOf(p, defence.to)).toContain('cal__day--closed')
    await p.locator(`#day-${defence.to}`).click()
    await p.locator('#day-detail').getByText(defence.reason).waitFor()
    expect(await classOf(p, first.date)).toContain(first.date.slice(0, 7) === defence.to.slice(0, 7) ? 'cal__day--suggested' : 'cal__day')
    await p.locator('#calendar').scrollIntoViewIfNeeded()
    await j.shot('farmer-calendar-defence-period', p)
  })

  it('her calendar shades August–September as farm-busy, with a legend naming wheat harvest and haymaking', async () => {
    const p = farmer
    const wheat = request.calendar.farm.find((w) => w.activity === 'wheat-harvest')!
    const hay = request.calendar.farm.find((w) => w.activity === 'haymaking')!
    expect(wheat.from.slice(5)).toBe('08-10')
    expect(hay.to.slice(5)).toBe('09-30')

    await showMonth(p, wheat.from)
    await p.locator('#calendar').scrollIntoViewIfNeeded()
    const year = wheat.from.slice(0, 4)
    expect(await classOf(p, `${year}-08-09`)).not.toContain('cal__day--farm')
    for (const day of ['10', '15', '20', '31']) expect(await classOf(p, `${year}-08-${day}`)).toContain('cal__day--farm')
    await p.locator('#legend-wheat-harvest').getByText('麦收农忙期（小麦收割）').waitFor()
    await p.locator('#legend-haymaking').getByText('打草农忙期（打草）').waitFor()
    await p.locator(`#day-${year}-08-20`).click()
    await p.locator('#day-detail').getByText(wheat.label).waitFor()
    await p.locator('#day-detail').getByText(hay.label).waitFor()
    await j.shot('farmer-calendar-august', p)

    await p.locator('#cal-next').click()
    await p
      .locator('#cal-title')
      .getByText(monthTitle(`${year}-09-01`))
      .waitFor()
    for (const day of ['01', '10', '20', '30']) expect(await classOf(p, `${year}-09-${day}`)).toContain('cal__day--farm')
    await p.locator('#cal-next').click()
    expect(await classOf(p, `${year}-10-09`)).not.toContain('cal__day--farm')
    await p.locator('#cal-prev').click()
    await p.locator('#calendar').scrollIntoViewIfNeeded()
    await j.shot('farmer-calendar-september', p)
  })

  it('she picks the first suggested half-day', async () => {
    const p = farmer
    const first = request.slots[0]
    await p.locator(`#slot-${first.date}-${first.half}`).scrollIntoViewIfNeeded()
    await p.locator(`#slot-${first.date}-${first.half}`).click()
    await j.shot('farmer-picked', p)
    await p.locator('#choose-submit').click()
    await p.locator('#my-choice').getByText(first.label).waitFor()
    await j.shot('farmer-chose', p)
  })

  it('the judge sees her choice and confirms it in one tap; the summons goes out', async () => {
    const p = j.page
    const first = request.slots[0]
    await p.reload()
    await p.locator('#answer-0').getByText(`选了 ${first.label}`).waitFor()
    await j.shot('judge-sees-choice')
    await p.locator('#book-answer-0').click()
    await p.locator('#current-hearing').getByText(first.label).waitFor()
    await p.locator('#summons-0').getByText('已电子送达').waitFor()
    // 王建国 has not confirmed a 送达地址确认书 yet: the court serves him on paper.
    await p.locator('#summons-1').getByText('需纸质送达').waitFor()
    await j.shot('judge-confirmed')
  })

  it('the summons with that date is in the farmer’s 我的文书', async () => {
    const p = farmer
    const first = request.slots[0]
    await p.goto(`${j.baseUrl}/#/pages/inbox/index`)
    await p.reload()
    const item = p.locator('.inbox__item', { hasText: '传票' }).first()
    await item.waitFor()
    expect(await item.textContent()).toContain(caseNumber)
    await j.shot('farmer-inbox', p)
    await item.click()
    const year = first.date.slice(0, 4)
    const when = `${year}年${first.label.replace(/(上午|下午)$/, '')}${first.half === 'am' ? '上午09:00' : '下午14:30'}`
    await p.locator('#doc-body').getByText(when, { exact: false }).waitFor()
    await p.locator('#doc-body').getByText(first.roomName, { exact: false }).first().waitFor()
    await j.shot('farmer-summons', p)
  })
})

describe('农忙 profile and the court’s farm calendar', () => {
  it('the farmer finds her 农忙 profile in 我的, pre-filled from her complaint, and saves a busy day', async () => {
    const p = farmer
    await p.goto(`${j.baseUrl}/#/pages/me/index`)
    await p.locator('#farm-profile').click()
    await p.getByText('已按您立案时填写的农忙情况预先填好').waitFor()
    expect(await p.locator('#region-ergun').getAttribute('class')).toContain('hr__option--on')
    for (const a of ['wheat-harvest', 'haymaking']) expect(await p.locator(`#activity-${a}`).getAttribute('class')).toContain('hr__option--on')
    expect(await p.locator('#activity-sowing').getAttribute('class')).not.toContain('hr__option--on')
    await j.shot('farmer-profile-prefilled', p)
    const profile = await api<{ options: unknown[] }>('GET', '/me/farm-profile', plaintiffToken)
    expect(profile.options.length).toBeGreaterThan(0)
    const busyDay = request.slots[request.slots.length - 1].date
    await fill(p, 'field-busyFrom', busyDay)
    await fill(p, 'field-busyReason', '去海拉尔看病')
    await p.locator('#busy-submit').click()
    await p.locator('#busy-0').getByText('去海拉尔看病').waitFor()
    await p.locator('#farm-save').click()
    await p.locator('#farm-banner').getByText('已保存').waitFor()
    await j.shot('farmer-profile-saved', p)
    const saved = await api<{ source: string; busy: Array<{ from: string; to: string; reason: string }> }>('GET', '/me/farm-profile', plaintiffToken)
    expect(saved).toMatchObject({ source: 'profile', busy: [{ from: busyDay, to: busyDay, reason: '去海拉尔看病' }] })
  })

  it('the court admin sees each window with its source and confidence, and moves one for a year', async () => {
    const p = await j.newPhone()
    await signInAsStaff(j, 'admin.sun', 'demo1234', p)
    await p.locator('#tile-farm-calendar').click()
    const row = p.locator('#row-ergun-wheat-harvest')
    await row.getByText('可信度：高峰期已核实，起止日为估计').waitFor()
    await row.getByText('来源：高峰期已核实（拉布大林农场8月20日开镰），起止日为估计').waitFor()
    await j.shot('admin-farm-calendar', p)
    const year = Number(((await p.locator('#year-title').textContent()) ?? '').slice(0, 4))
    await p.locator('#edit-ergun-wheat-harvest').click()
    await fill(p, 'field-to-ergun-wheat-harvest', `${year}-09-05`)
    await fill(p, 'field-note-ergun-wheat-harvest', '今年麦子熟得早')
    await p.locator('#fc-save').click()
    await p.locator('#fc-banner').getByText(`${year}年农忙日历已保存`).waitFor()
    await row.getByText('本院已调整').waitFor()
    await row.getByText('8月10日 — 9月5日（默认 8月10日 — 9月10日）').waitFor()
    await row.scrollIntoViewIfNeeded()
    await j.shot('admin-farm-calendar-saved', p)
  })
})
