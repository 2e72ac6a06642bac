import fc from 'fast-check'
import data from '../../../domain/data/farm-calendars.json'
import { compileFarmCalendar } from '../../../domain/scheduling/farmCalendar'
import { describeFarmWindow, DomainError, FARM_CONFIDENCE_LABELS, farmCalendarRows, farmWindowsFor, validateFarmOverrides } from '../../../domain'

// Every row of ../shared/reference/farm-calendars.md, on 2027 dates.
const ROWS = [
  {
    label: '额尔古纳 春播 (region-level, est.)',
    region: 'ergun',
    activity: 'sowing',
    name: '小麦、油菜播种',
    from: '2027-05-01',
    to: '2027-06-05',
    confidence: 'estimated',
  },
  {
    label: '额尔古纳 小麦收割 (peak 8/20 confirmed)',
    region: 'ergun',
    activity: 'wheat-harvest',
    name: '小麦收割',
    from: '2027-08-10',
    to: '2027-09-10',
    confidence: 'peak-confirmed',
  },
  {
    label: '额尔古纳 油菜收割 (unconfirmed)',
    region: 'ergun',
    activity: 'rapeseed-harvest',
    name: '油菜收割',
    from: '2027-08-20',
    to: '2027-09-20',
    confidence: 'unconfirmed',
  },
  {
    label: '额尔古纳 土豆收获 (unconfirmed)',
    region: 'ergun',
    activity: 'potato-harvest',
    name: '土豆收获',
    from: '2027-09-01',
    to: '2027-09-30',
    confidence: 'unconfirmed',
  },
  { label: '额尔古纳 打草 (Xinhua 2025)', region: 'ergun', activity: 'haymaking', name: '打草', from: '2027-08-15', to: '2027-09-30', confidence: 'confirmed' },
  {
    label: '呼伦贝尔牧区 接羔',
    region: 'hulunbuir-pastoral',
    activity: 'lambing',
    name: '接羔',
    from: '2027-03-10',
    to: '2027-04-30',
    confidence: 'confirmed',
  },
  {
    label: '呼伦贝尔牧区 转场 (move 6/1)',
    region: 'hulunbuir-pastoral',
    activity: 'pasture-move',
    name: '转场（夏季牧场）',
    from: '2027-05-25',
    to: '2027-06-10',
    confidence: 'peak-confirmed',
  },
  {
    label: '呼伦贝尔牧区 打草',
    region: 'hulunbuir-pastoral',
    activity: 'haymaking',
    name: '打草',
    from: '2027-08-15',
    to: '2027-09-30',
    confidence: 'confirmed',
  },
  {
    label: '鄂尔多斯 春播 (zone-level)',
    region: 'ordos',
    activity: 'sowing',
    name: '土豆、玉米播种',
    from: '2027-04-20',
    to: '2027-05-15',
    confidence: 'zone-level',
  },
  {
    label: '鄂尔多斯 小麦收割 (2014 report)',
    region: 'ordos',
    activity: 'wheat-harvest',
    name: '小麦收割',
    from: '2027-07-05',
    to: '2027-07-20',
    confidence: 'estimated',
  },
  {
    label: '鄂尔多斯 秋收',
    region: 'ordos',
    activity: 'autumn-harvest',
    name: '玉米、土豆、葵花收获',
    from: '2027-09-15',
    to: '2027-10-31',
    confidence: 'confirmed',
  },
  {
    label: '鄂尔多斯 春季休牧',
    region: 'ordos',
    activity: 'grazing-rest',
    name: '春季休牧（舍饲）',
    from: '2027-04-01',
    to: '2027-06-30',
    confidence: 'confirmed',
  },
  {
    label: '华北平原 三夏',
    region: 'north-china-plain',
    activity: 'sanxia',
    name: '三夏（麦收、玉米播种）',
    from: '2027-05-25',
    to: '2027-06-20',
    confidence: 'confirmed',
  },
  {
    label: '华北平原 三秋',
    region: 'north-china-plain',
    activity: 'sanqiu',
    name: '三秋（玉米收获、小麦播种）',
    from: '2027-09-20',
    to: '2027-10-25',
    confidence: 'confirmed',
  },
  { label: '东北 春播', region: 'northeast', activity: 'spring-sowing', name: '春播、水稻插秧', from: '2027-04-15', to: '2027-05-25', confidence: 'confirmed' },
  {
    label: '东北 秋收',
    region: 'northeast',
    activity: 'autumn-harvest',
    name: '水稻、大豆、玉米收获',
    from: '2027-09-01',
    to: '2027-10-31',
    confidence: 'confirmed',
  },
  {
    label: '南方双季稻 双抢',
    region: 'south-double-rice',
    activity: 'shuangqiang',
    name: '双抢（抢收早稻、抢插晚稻）',
    from: '2027-07-05',
    to: '2027-08-07',
    confidence: 'confirmed',
  },
]

const codeOf = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e instanceof DomainError ? { code: e.code, field: e.field, message: e.message } : { code: 'NOT_DOMAIN', message: String(e) }
  }
  return undefined
}

describe('farm calendar data', () => {
  it('ships every row of farm-calendars.md and nothing else', () => {
    expect(farmCalendarRows().map((r) => `${r.region}/${r.activity}`)).toEqual(ROWS.map((r) => `${r.region}/${r.activity}`))
  })

  it('passes its own checks and keeps a source on every row', () => {
    const { rows } = compileFarmCalendar(data.windows)
    expect(rows).toHaveLength(17)
    for (const r of rows) {
      expect(r.source.trim()).not.toBe('')
      expect(FARM_CONFIDENCE_LABELS[r.confidence]).toBeDefined()
      expect(r.season).toMatch(/期$/)
    }
  })

  it('names each region once, in Chinese', () => {
    const names = new Map(farmCalendarRows().map((r) => [r.region, r.regionName]))
    expect(Object.fromEntries(names)).toEqual({
      ergun: '额尔古纳',
      'hulunbuir-pastoral': '呼伦贝尔牧区',
      ordos: '鄂尔多斯',
      'north-china-plain': '华北平原',
      northeast: '东北',
      'south-double-rice': '南方双季稻',
    })
  })

  it('hands out copies', () => {
    farmCalendarRows()[0].from = '01-01'
    expect(farmCalendarRows()[0].from).toBe('05-01')
  })

  const good = {
    region: 'x',
    regionName: '某地',
    activity: 'a',
    activityName: '收割',
    season: '秋收农忙期',
    from: '08-01',
    to: '08-31',
    source: 'test',
    confidence: 'confirmed',
  }
  it.each([
    { label: 'not a list', rows: 'x', field: 'windows' },
    { label: 'missing region name', rows: [{ ...good, regionName: '' }], field: 'windows[0].regionName' },
    { label: 'missing source', rows: [{ ...good, source: undefined }], field: 'windows[0].source' },
    { label: 'a day not every year has (02-29)', rows: [{ ...good, from: '02-29' }], field: 'windows[0].from' },
    { label: 'month 13', rows: [{ ...good, to: '13-01' }], field: 'windows[0].to' },
    { label: 'a full date instead of MM-DD', rows: [{ ...good, from: '2027-08-01' }], field: 'windows[0].from' },
    { label: 'start after end (no windows across New Year)', rows: [{ ...good, from: '12-01', to: '01-31' }], field: 'windows[0].to' },
    { label: 'unknown confidence', rows: [{ ...good, confidence: 'sure' }], field: 'windows[0].confidence' },
    { label: 'the same activity twice', rows: [good, good], field: 'windows[1].activity' },
    { label: 'two names for one region', rows: [good, { ...good, activity: 'b', regionName: '别处' }], field: 'windows[1].regionName' },
  ])('rejects a table with $label', ({ rows, field }) => {
    expect(codeOf(() => compileFarmCalendar(rows as unknown[]))).toEqual(expect.objectContaining({ code: 'FARM_CALENDAR_INVALID', field }))
  })
})

describe('farmWindowsFor', () => {
  it.each(ROWS)('$label → $from … $to', ({ region, activity, name, from, to, confidence }) => {
    const [w] = farmWindowsFor(region, [activity], 2027)
    expect(w).toEqual(expect.objectContaining({ region, activity, activityName: name, from, to, confidence, overridden: false }))
  })

  it('sorts by start and ignores repeats', () => {
    const windows = farmWindowsFor('ergun', ['haymaking', 'wheat-harvest', 'haymaking'], 2026)
    expect(windows.map((w) => [w.activity, w.from, w.to])).toEqual([
      ['wheat-harvest', '2026-08-10', '2026-09-10'],
      ['haymaking', '2026-08-15', '2026-09-30'],
    ])
  })

  it('returns nothing for a farmer with no listed activity', () => {
    expect(farmWindowsFor('ergun', [], 2027)).toEqual([])
  })

  it('applies a court override to its year only', () => {
    const overrides = [{ region: 'ergun', activity: 'wheat-harvest', from: '2027-08-17', to: '2027-09-18', note: '今年雨水多，麦收推迟一周' }]
    expect(farmWindowsFor('ergun', ['wheat-harvest'], 2027, overrides)[0]).toEqual(
      expect.objectContaining({ from: '2027-08-17', to: '2027-09-18', overridden: true, note: '今年雨水多，麦收推迟一周', source: expect.any(String) }),
    )
    expect(farmWindowsFor('ergun', ['wheat-harvest'], 2026, overrides)[0]).toEqual(expect.objectContaining({ from: '2026-08-10', overridden: false }))
    expect(farmWindowsFor('hulunbuir-pastoral', ['haymaking'], 2027, overrides)[0].overridden).toBe(false)
  })

  it.each([
    {
      label: 'unknown region',
      call: () => farmWindowsFor('mars', ['sowing'], 2027),
      code: 'FARM_REGION_UNKNOWN',
      field: 'region',
      message: '不认识的农事地区“mars”，请从列表中选择',
    },
    { label: 'unknown region, no activities', call: () => farmWindowsFor('', [], 2027), code: 'FARM_REGION_UNKNOWN', field: 'region' },
    {
      label: 'an activity of another region',
      call: () => farmWindowsFor('ergun', ['haymaking', 'lambing'], 2027),
      code: 'FARM_ACTIVITY_UNKNOWN',
      field: 'activities[1]',
      message: '额尔古纳没有“lambing”这项农事，请从列表中选择',
    },
    {
      label: 'activities not a list',
      call: () => farmWindowsFor('ergun', 'haymaking' as unknown as string[], 2027),
      code: 'FARM_ACTIVITY_UNKNOWN',
      field: 'activities',
    },
    { label: 'fractional year', call: () => farmWindowsFor('ergun', ['haymaking'], 2027.5), code: 'FARM_YEAR_INVALID', field: 'year' },
    { label: 'year 0', call: () => farmWindowsFor('ergun', ['haymaking'], 0), code: 'FARM_YEAR_INVALID', field: 'year' },
  ])('rejects $label', ({ call, code, field, message }) => {
    const err = codeOf(call)
    expect(err).toEqual(expect.objectContaining({ code, field }))
    if (message) expect(err?.message).toBe(message)
  })
})

describe('validateFarmOverrides', () => {
  const ok = { region: 'ergun', activity: 'haymaking', from: '2027-08-20', to: '2027-10-05' }
  it.each([
    { label: 'not a list', overrides: {}, code: 'FARM_OVERRIDE_INVALID', field: 'overrides' },
    { label: 'a null entry', overrides: [null], code: 'FARM_OVERRIDE_INVALID', field: 'overrides[0]' },
    { label: 'unknown region', overrides: [{ ...ok, region: 'mars' }], code: 'FARM_REGION_UNKNOWN', field: 'overrides[0].region' },
    { label: 'unknown activity', overrides: [{ ...ok, activity: 'fishing' }], code: 'FARM_ACTIVITY_UNKNOWN', field: 'overrides[0].activity' },
    { label: 'impossible date', overrides: [{ ...ok, from: '2027-02-29' }], code: 'DATE_INVALID', field: 'overrides[0].from' },
    { label: 'start after end', overrides: [{ ...ok, from: '2027-09-01', to: '2027-08-20' }], code: 'FARM_OVERRIDE_INVALID', field: 'overrides[0].to' },
    { label: 'across New Year', overrides: [{ ...ok, from: '2027-12-20', to: '2028-01-05' }], code: 'FARM_OVERRIDE_INVALID', field: 'overrides[0].to' },
    { label: 'a note that is not text', overrides: [{ ...ok, note: 3 }], code: 'FARM_OVERRIDE_INVALID', field: 'overrides[0].note' },
    { label: 'the same window twice in a year', overrides: [ok, { ...ok, from: '2027-08-25' }], code: 'FARM_OVERRIDE_INVALID', field: 'overrides[1]' },
  ])('rejects $label', ({ overrides, code, field }) => {
    expect(codeOf(() => validateFarmOverrides(overrides as never))).toEqual(expect.objectContaining({ code, field }))
  })

  it('accepts the same window in different years', () => {
    expect(validateFarmOverrides([ok, { ...ok, from: '2028-08-20', to: '2028-10-01' }]).size).toBe(2)
  })
})

describe('describeFarmWindow', () => {
  it.each([
    { label: 'Ergun wheat', region: 'ergun', activity: 'wheat-harvest', text: '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）' },
    { label: 'Ergun hay', region: 'ergun', activity: 'haymaking', text: '打草农忙期（额尔古纳，打草，8月15日至9月30日）' },
    {
      label: 'double rice',
      region: 'south-double-rice',
      activity: 'shuangqiang',
      text: '双抢农忙期（南方双季稻，双抢（抢收早稻、抢插晚稻），7月5日至8月7日）',
    },
  ])('$label', ({ region, activity, text }) => {
    expect(describeFarmWindow(farmWindowsFor(region, [activity], 2027)[0])).toBe(text)
  })

  it('every window lies inside its year, start ≤ end, whatever the year', () => {
    const rows = farmCalendarRows()
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...rows), (year, row) => {
        const [w] = farmWindowsFor(row.region, [row.activity], year)
        const yyyy = String(year).padStart(4, '0')
        expect(w.from.slice(0, 4)).toBe(yyyy)
        expect(w.to.slice(0, 4)).toBe(yyyy)
        expect(w.from <= w.to).toBe(true)
      }),
    )
  })
})
