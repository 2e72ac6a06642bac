import type { CalendarData, HearingSlot } from '../../../../src/api/hearings'
import { formatChineseDate, weekdayOf } from '@domain'
import { dayInfo, farmBackground, FARM_SHADES, monthCells, shiftMonth, shortSeason } from '../../../../src/subpackages/hearing/calendar'

const window = (activity: string, activityName: string, season: string, from: string, to: string) => ({
  from,
  to,
  activity,
  activityName,
  season,
  label: `${season}（额尔古纳，${activityName}，${Number(from.slice(5, 7))}月${Number(from.slice(8))}日至${Number(to.slice(5, 7))}月${Number(to.slice(8))}日）`,
  overridden: false,
  note: null,
})

const calendar: CalendarData = {
  from: '2026-11-01',
  to: '2027-11-30',
  today: '2026-11-25',
  lastDay: '2027-02-25',
  limitReason: '超出审限（简易程序三个月）',
  holidays: [{ from: '2027-10-01', to: '2027-10-07', name: '国庆节', provisional: true }],
  farm: [window('wheat-harvest', '小麦收割', '麦收农忙期', '2027-08-10', '2027-09-10'), window('haymaking', '打草', '打草农忙期', '2027-08-15', '2027-09-30')],
  busy: [{ from: '2026-12-21', to: '2026-12-22', reason: '去海拉尔看病' }],
}
const slot = (date: string, half: 'am' | 'pm'): HearingSlot => ({
  date,
  half,
  time: half === 'am' ? '09:00' : '14:30',
  label: `${formatChineseDate(date)}${half === 'am' ? '上午' : '下午'}`,
  judgeId: 's-judge-wang',
  judgeName: '王立新法官',
  roomId: 'p-labudalin',
  roomName: '拉布大林巡回审判点',
  roomKind: 'circuit-point',
  address: '拉布大林街道司法所',
  provisional: false,
  notes: [],
})
const input = {
  calendar,
  slots: [slot('2026-12-16', 'am'), slot('2026-12-16', 'pm')],
  excluded: [{ from: '2026-11-26', to: '2026-12-15', reason: '答辩期内（至12月15日）' }],
}

describe('the month calendar’s picture of each day', () => {
  it.each([
    { label: 'a suggested day', date: '2026-12-16', slots: 2, closed: false, farm: null, reasons: [] },
    { label: 'a day in the defence period', date: '2026-12-15', slots: 0, closed: true, farm: null, reasons: ['答辩期内（至12月15日）'] },
    { label: 'a weekend', date: '2026-12-19', slots: 0, closed: true, farm: null, reasons: ['周末'] },
    { label: 'her declared busy day', date: '2026-12-21', slots: 0, closed: true, farm: null, reasons: ['您申报不便：去海拉尔看病'] },
    { label: 'today', date: '2026-11-25', slots: 0, closed: true, farm: null, reasons: ['今天不能开庭'] },
    { label: 'a free working day not suggested', date: '2026-12-17', slots: 0, closed: false, farm: null, reasons: [] },
    {
      label: 'a harvest day next August',
      date: '2027-08-20',
      slots: 0,
      closed: true,
      farm: 'wheat-harvest',
      reasons: ['超出审限（简易程序三个月）', '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）', '打草农忙期（额尔古纳，打草，8月15日至9月30日）'],
    },
    { label: 'a National Day holiday', date: '2027-10-04', slots: 0, closed: true, farm: null, reasons: ['国庆节假期（预计）', '超出审限（简易程序三个月）'] },
  ])('$label', ({ date, slots, closed, farm, reasons }) => {
    const d = dayInfo(date, input)
    expect({ slots: d.slots.length, closed: d.closed, farm: d.farm?.activity ?? null, reasons: d.reasons }).toEqual({ slots, closed, farm, reasons })
  })

  it('shades a day in one season with its colour and a day in two with both, named in the legend order', () => {
    expect(dayInfo('2027-08-12', input).farmShades).toEqual([0])
    expect(dayInfo('2027-08-20', input).farmShades).toEqual([0, 1])
    expect(dayInfo('2027-09-20', input).farmShades).toEqual([1])
    expect(farmBackground([0])).toBe(FARM_SHADES[0])
    expect(farmBackground([0, 1])).toBe(`linear-gradient(135deg, ${FARM_SHADES[0]} 0%, ${FARM_SHADES[0]} 50%, ${FARM_SHADES[1]} 50%, ${FARM_SHADES[1]} 100%)`)
    expect(farmBackground([])).toBeUndefined()
    expect(calendar.farm.map(shortSeason)).toEqual(['麦收', '打草'])
  })

  it('lays a month out from Sunday, with blanks before the 1st', () => {
    const cells = monthCells('2027-08', input)
    expect(weekdayOf('2027-08-01')).toBe(0)
    expect(cells[0]?.date).toBe('2027-08-01')
    expect(cells).toHaveLength(31)
    const dec = monthCells('2026-12', input)
    expect(dec.slice(0, 2)).toEqual([null, null])
    expect(dec[2]?.date).toBe('2026-12-01')
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
    expect(shiftMonth('2027-01', 13)).toBe('2028-02')
    expect(formatChineseDate('2027-10-08')).toBe('10月8日（星期五）')
  })
})
