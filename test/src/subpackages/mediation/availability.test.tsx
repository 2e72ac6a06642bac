import { act, fireEvent, render, waitFor } from '@testing-library/react'
import Availability from '../../../../src/subpackages/mediation/pages/availability/index'
import { taroMock } from '../../stubs/taro'

type Opts = { url: string; method: string; data?: string; success: (r: unknown) => void }
const puts: unknown[] = []
const reply = (o: Opts, status: number, body: unknown) =>
  o.success({ statusCode: status, data: JSON.stringify(body), header: { 'content-type': 'application/json' } })
const saved = {
  saved: false,
  slotMinutes: 60,
  weekly: [],
  overrides: [],
  venue: { kind: 'online' },
  rooms: [{ id: 'r-ergun-m', name: '调解室', kind: 'mediation-room', address: '额尔古纳市人民法院一楼东侧' }],
  preview: [],
}

beforeEach(() => {
  puts.length = 0
  taroMock.request.mockReset()
  taroMock.request.mockImplementation((o: Opts) => {
    if (o.method === 'PUT') {
      const body = JSON.parse(o.data ?? '{}')
      puts.push(body)
      reply(o, 200, {
        ...saved,
        ...body,
        saved: true,
        preview: [
          {
            date: '2026-11-30',
            start: '09:00',
            end: '10:00',
            startsAt: '2026-11-30T09:00:00+08:00',
            endsAt: '2026-11-30T10:00:00+08:00',
            minutes: 60,
            provisional: false,
            label: '',
          },
        ],
      })
    } else reply(o, 200, saved)
    return { abort: jest.fn() }
  })
})

const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement)
const text = () => document.body.textContent ?? ''

describe('可预约时间 page', () => {
  it('publishes Monday mornings in the 调解室 with a day off, and shows what can be booked', async () => {
    render(<Availability />)
    await waitFor(() => expect(document.getElementById('venue-r-ergun-m')).not.toBeNull())
    click('add-morning-1')
    click('venue-r-ergun-m')
    fireEvent.change(document.getElementById('field-override-date') as HTMLInputElement, { target: { value: '2026-12-07' } })
    click('override-off')
    expect(text()).toContain('12月7日（星期一）：休息')
    await act(async () => {
      click('save-availability')
    })
    await waitFor(() => expect(text()).toContain('已保存。当事人现在可以预约这些时间。'))
    expect(puts).toEqual([
      {
        slotMinutes: 60,
        weekly: [{ weekday: 1, start: '09:00', end: '12:00' }],
        overrides: [{ date: '2026-12-07', blocks: [] }],
        venue: { kind: 'room', roomId: 'r-ergun-m' },
      },
    ])
    expect(text()).toContain('11月30日（星期一）')
  })

  it('checks the hours on the phone first and sends nothing that cannot work', async () => {
    render(<Availability />)
    await waitFor(() => expect(document.getElementById('venue-online')).not.toBeNull())
    click('length-90')
    click('add-custom-2')
    fireEvent.change(document.getElementById('field-custom-start-2') as HTMLInputElement, { target: { value: '14:00' } })
    fireEvent.change(document.getElementById('field-custom-end-2') as HTMLInputElement, { target: { value: '15:00' } })
    click('add-custom-save-2')
    fireEvent.change(document.getElementById('field-override-date') as HTMLInputElement, { target: { value: '12月5日' } })
    click('override-day')
    expect(text()).toContain('日期请按“2026-12-05”这样填写')
    await act(async () => {
      click('save-availability')
    })
    expect(document.getElementById('availability-banner')?.textContent).toBe('星期二 14:00–15:00 放不下一次90分钟的调解')
    expect(puts).toEqual([])
  })
})
