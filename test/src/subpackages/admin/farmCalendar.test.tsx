import { render, waitFor } from '@testing-library/react'
import { FARM_CONFIDENCE_LABELS, farmCalendarRows } from '../../../../domain/scheduling/farmCalendar'
import type { FarmCalendar } from '../../../../src/api/hearings'
import FarmCalendarPage from '../../../../src/subpackages/admin/pages/farm-calendar/index'
import { fakeServer, text } from '../../fakeServer'

// The shipped calendar as the server sends it: the source notes are the data's own (mostly English).
const calendarOf = (year: number): FarmCalendar => ({
  year,
  updatedAt: null,
  updatedBy: null,
  rows: farmCalendarRows().map((r) => ({
    region: r.region,
    regionName: r.regionName,
    activity: r.activity,
    activityName: r.activityName,
    season: r.season,
    defaultFrom: `${year}-${r.from}`,
    defaultTo: `${year}-${r.to}`,
    from: `${year}-${r.from}`,
    to: `${year}-${r.to}`,
    overridden: false,
    note: null,
    label: r.season,
    source: r.source,
    confidence: r.confidence,
    confidenceLabel: FARM_CONFIDENCE_LABELS[r.confidence],
  })),
})

beforeEach(() => {
  fakeServer((req) => {
    const m = /^\/admin\/farm-calendar\/(\d{4})$/.exec(req.path)
    return req.method === 'GET' && m ? { body: calendarOf(Number(m[1])) } : undefined
  })
})

const open = async () => {
  render(<FarmCalendarPage />)
  await waitFor(() => expect(document.getElementById('row-ergun-wheat-harvest')).not.toBeNull())
}
const sourceOf = (id: string) => Array.from(document.getElementById(id)?.querySelectorAll('.fc__source') ?? [], (n) => n.textContent)

describe('农忙日历 admin page', () => {
  it.each([
    ['a peak confirmed, edges estimated', 'row-ergun-wheat-harvest', '来源：高峰期已核实（拉布大林农场8月20日开镰），起止日为估计'],
    ['a news report', 'row-ergun-haymaking', '来源：已核实（新华社2025年呼伦贝尔报道）'],
    ['an older report', 'row-ordos-wheat-harvest', '来源：据2014年报道，起止日为估计'],
    ['no source found', 'row-ergun-potato-harvest', '来源：未找到可靠来源'],
    ['a zone-level estimate', 'row-ordos-sowing', '来源：按所在农区估计'],
  ])('shows the source in Chinese: %s', async (_label, id, words) => {
    await open()
    expect(sourceOf(id)).toEqual([words])
  })

  it('shows no Latin-letter code anywhere on the page (dates and years allowed)', async () => {
    await open()
    expect(text()).toContain('额尔古纳')
    expect(text()).not.toMatch(/[A-Za-z]/)
  })
})
