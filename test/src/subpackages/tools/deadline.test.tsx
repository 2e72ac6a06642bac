import { act, fireEvent, render, waitFor } from '@testing-library/react'
import { isWorkday, resetHolidayTable } from '@domain'
import { HOLIDAY_CACHE_KEY, resetHolidaySync } from '../../../../src/api/calendar'
import DeadlineCalculator from '../../../../src/subpackages/tools/pages/deadline/index'
import { taroMock } from '../../stubs/taro'

type Opts = { url: string; success: (r: unknown) => void; fail: (e: unknown) => void }
const table2027 = {
  '2027': {
    holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2027-10-${d}`, name: '国庆节' })),
    makeupWorkdays: [{ date: '2027-10-09', name: '国庆节' }],
  },
}
const serverHas = (table: unknown) =>
  taroMock.request.mockImplementation((o: Opts) => {
    o.success({ statusCode: 200, data: JSON.stringify({ table, provisionalFrom: 2028, loaded: [] }), header: { 'content-type': 'application/json' } })
    return { abort: jest.fn() }
  })
const serverDown = () =>
  taroMock.request.mockImplementation((o: Opts) => {
    o.fail({ errMsg: 'request:fail' })
    return { abort: jest.fn() }
  })

const type = (id: string, value: string) => fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } })
const text = (id: string) => document.getElementById(id)?.textContent

beforeEach(() => {
  resetHolidayTable()
  resetHolidaySync()
  taroMock.storage.clear()
  taroMock.request.mockReset()
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: new Date('2026-11-25T10:00:00+08:00') })
})
afterEach(() => jest.useRealTimers())

async function open() {
  const r = render(<DeadlineCalculator />)
  // Let the holiday sync finish, retries included.
  await act(async () => {
    await jest.runAllTimersAsync()
  })
  return r
}

describe('期限计算 page', () => {
  it('gives the last day of a judgment appeal, with the 国庆 roll-over in words', async () => {
    serverHas({})
    await open()
    fireEvent.click(document.getElementById('rule-appeal-judgment') as HTMLElement)
    type('field-from', '2026-09-18')
    expect(text('deadline-due')).toBe('10月8日（星期四）')
    expect(text('deadline-moved')).toBe('10月3日为国庆节假期，顺延至10月8日')
    expect(document.getElementById('deadline-provisional')).toBeNull()
    expect(text('deadline-result')).toContain('依据：《民事诉讼法》第一百七十一条')
  })

  it('folds the list of periods once one is picked, and opens it again on 更换', async () => {
    serverHas({})
    await open()
    expect(document.getElementById('rule-defence')).not.toBeNull()
    fireEvent.click(document.getElementById('rule-defence') as HTMLElement)
    expect(document.getElementById('rule-appeal-ruling')).toBeNull()
    expect(text('rule-chosen')).toBe('答辩期 15日')
    expect(text('deadline')).toContain('第2步：收到起诉状副本的日期')
    type('field-from', '2026-11-06')
    expect(text('deadline-moved')).toBe('11月21日为星期六，顺延至11月23日')
    fireEvent.click(document.getElementById('rule-change') as HTMLElement)
    fireEvent.click(document.getElementById('rule-appeal-ruling') as HTMLElement)
    expect(text('deadline-due')).toBe('11月16日（星期一）')
  })

  it('explains a legal term in one line on tap', async () => {
    serverHas({})
    await open()
    expect(document.getElementById('explain-text-defence')).toBeNull()
    fireEvent.click(document.getElementById('explain-defence') as HTMLElement)
    expect(text('explain-text-defence')).toBe('答辩期：被告收到起诉状后，可以在15天内提交书面意见')
    fireEvent.click(document.getElementById('explain-defence') as HTMLElement)
    expect(document.getElementById('explain-text-defence')).toBeNull()
  })

  it('warns for a 2027 date while the server has no 2027 table', async () => {
    serverHas({})
    await open()
    type('field-from', '2027-09-18')
    expect(text('deadline-provisional')).toContain('2027年放假安排尚未公布，此日期按惯例推算，仅供参考')
  })

  it('uses the 2027 table from the server, asks only for recent years, and keeps it for offline use', async () => {
    serverHas(table2027)
    await open()
    expect((taroMock.request.mock.calls[0][0] as Opts).url).toBe('/api/v1/calendar/holidays?since=2025')
    type('field-from', '2027-09-18')
    expect(text('deadline-due-year')).toBe('2027年')
    expect(text('deadline-due')).toBe('10月8日（星期五）')
    expect(document.getElementById('deadline-provisional')).toBeNull()
    expect(text('deadline')).toContain('已收录至2027年')
    expect(taroMock.storage.get(HOLIDAY_CACHE_KEY)).toMatchObject({ table: table2027 })
  })

  it('falls back to the cached table when offline, and to the built-in one without a cache', async () => {
    serverDown()
    taroMock.storage.set(HOLIDAY_CACHE_KEY, { table: table2027 })
    const first = await open()
    await waitFor(() => expect(isWorkday('2027-10-09')).toEqual({ workday: true, provisional: false }))
    first.unmount()

    resetHolidayTable()
    resetHolidaySync()
    taroMock.storage.clear()
    await open()
    type('field-from', '2026-09-18')
    expect(text('deadline-due')).toBe('10月8日（星期四）')
    expect(isWorkday('2027-10-09').provisional).toBe(true)
  })

  it('ignores a damaged cache', async () => {
    serverDown()
    taroMock.storage.set(HOLIDAY_CACHE_KEY, { table: { '2027': { holidays: [{ date: '2028-01-01', name: '元旦' }], makeupWorkdays: [] } } })
    await open()
    type('field-from', '2026-09-18')
    expect(text('deadline-due')).toBe('10月8日（星期四）')
  })

  it('shows a Chinese error under the date field, never a crash', async () => {
    serverHas({})
    await open()
    type('field-from', '2026-02-30')
    expect(text('deadline')).toContain('没有这一天：2026-02-30，请核对日期')
    expect(document.getElementById('deadline-due')).toBeNull()
    type('field-from', '九月十八')
    expect(text('deadline')).toContain('日期请按“2026-09-18”这样的格式填写')
  })

  it('counts 30 days for a party abroad', async () => {
    serverHas({})
    await open()
    fireEvent.click(document.getElementById('rule-defence') as HTMLElement)
    type('field-from', '2026-09-01')
    expect(text('deadline-due')).toBe('9月16日（星期三）')
    fireEvent.click(document.getElementById('switch-abroad') as HTMLElement)
    expect(text('deadline-due')).toBe('10月8日（星期四）')
    expect(text('deadline-result')).toContain('共30日')
    expect(text('deadline-result')).toContain('第二百八十五条')
  })

  it('says a small-claims judgment cannot be appealed', async () => {
    serverHas({})
    await open()
    fireEvent.click(document.getElementById('rule-appeal-judgment') as HTMLElement)
    type('field-from', '2026-09-18')
    fireEvent.click(document.getElementById('switch-small-claims') as HTMLElement)
    expect(text('deadline-none')).toBe('小额诉讼案件一审终审，判决、裁定一经作出即生效，不能上诉')
    expect(document.getElementById('deadline-due')).toBeNull()
    fireEvent.click(document.getElementById('switch-small-claims') as HTMLElement)
    expect(text('deadline-due')).toBe('10月8日（星期四）')
  })

  it('offers the 2-year enforcement application period', async () => {
    serverHas({})
    await open()
    fireEvent.click(document.getElementById('rule-enforcement-application') as HTMLElement)
    expect(document.getElementById('switch-abroad')).toBeNull()
    expect(document.getElementById('switch-small-claims')).toBeNull()
    type('field-from', '2024-10-01')
    expect(document.getElementById('deadline-due-year')).toBeNull() // 2026, the phone's year
    expect(text('deadline-due')).toBe('10月8日（星期四）')
    expect(text('deadline-result')).toContain('满2年')
  })
})
