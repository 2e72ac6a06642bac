import { act, render, waitFor } from '@testing-library/react'
import type { AdminAverageWage, AdminAverageWages } from '../../../../src/api/adminWages'
import AverageWagesPage from '../../../../src/subpackages/admin/pages/average-wages/index'
import { click, fakeServer, type SentRequest, text, type } from '../../fakeServer'

const shipped = (year: number, wageFen: number): AdminAverageWage => ({
  province: '15',
  provinceName: '内蒙古自治区',
  year,
  wageFen,
  series: '城镇非私营单位就业人员年平均工资',
  source: '内蒙古自治区统计局（据转载，统计局原文未核对）',
  confirmed: false,
  note: '待核对',
  origin: 'shipped',
  updatedBy: null,
  updatedAt: null,
})
const initial = (): AdminAverageWages => ({
  province: '15',
  provinceName: '内蒙古自治区',
  latestYear: 2025,
  inForce: { year: 2023, wageFen: 10_885_600, previousYear: false, confirmed: false },
  wages: [shipped(2023, 10_885_600), shipped(2022, 10_099_000)],
})

let data: AdminAverageWages
let sent: SentRequest[]
let refuse: { status: number; body: unknown } | null
beforeEach(() => {
  data = initial()
  refuse = null
  sent = fakeServer((req) => {
    if (req.method === 'GET' && req.path === '/admin/average-wages') return { body: data }
    const m = /^\/admin\/average-wages\/(\d{4})$/.exec(req.path)
    if (req.method === 'PUT' && m) {
      if (refuse) return refuse
      const body = req.body as { wageFen: number; series: string; source: string; confirmed: boolean; note?: string }
      const year = Number(m[1])
      const entry: AdminAverageWage = {
        ...shipped(year, body.wageFen),
        ...body,
        origin: 'court',
        updatedBy: '孙管理员',
        updatedAt: '2026-11-25T10:00:00+08:00',
      }
      if (!body.note) delete entry.note
      data = {
        ...data,
        inForce: year === 2025 ? { year, wageFen: body.wageFen, previousYear: true, confirmed: body.confirmed } : data.inForce,
        wages: [entry, ...data.wages.filter((w) => w.year !== year)].sort((a, b) => b.year - a.year),
      }
      return { body: data }
    }
    return undefined
  })
})

const open = async () => {
  render(<AverageWagesPage />)
  await waitFor(() => expect(text()).toContain('现在立案按'))
}
const puts = () => sent.filter((r) => r.method === 'PUT')

describe('年平均工资 page', () => {
  it('says which figure a filing made today uses, what it means, and that it is old and unchecked', async () => {
    await open()
    const inForce = document.getElementById('in-force')!.textContent
    expect(inForce).toContain('现在立案按2023年的 108,856元 计算')
    expect(inForce).toContain('要求的金额不超过 54,428元 的，依法适用小额诉讼程序（一审终审）')
    expect(inForce).toContain('不超过 217,712元 的，双方同意才可以适用')
    expect(document.getElementById('not-previous-year')?.textContent).toContain('还没有录入2025年的数字')
    expect(document.getElementById('not-confirmed')).not.toBeNull()
    const card = document.getElementById('wage-2023')!.textContent
    expect(card).toContain('2023年108,856元')
    expect(card).toContain('未核对原文')
    expect(card).toContain('系统自带')
    expect(card).toContain('来源：内蒙古自治区统计局（据转载，统计局原文未核对）')
    expect(document.getElementById('add-year')?.textContent).toBe('录入2025年的数字')
    // Nothing on screen in English or as a code.
    expect(text()).not.toMatch(/shipped|court|confirmed|wageFen/)
  })

  it('enters last year’s figure: sent in fen with its source, then in force', async () => {
    await open()
    click('add-year')
    expect((document.getElementById('field-year') as HTMLInputElement).value).toBe('2025')
    type('field-wage', '115000')
    type('field-source', '内蒙古自治区统计局2026年5月发布')
    click('wage-confirmed')
    await act(async () => click('wage-save'))
    await waitFor(() => expect(document.getElementById('aw-banner')?.textContent).toContain('2025年的年平均工资已保存'))
    expect(puts()).toEqual([
      {
        method: 'PUT',
        path: '/admin/average-wages/2025',
        body: { wageFen: 11_500_000, series: '城镇非私营单位就业人员年平均工资', source: '内蒙古自治区统计局2026年5月发布', confirmed: true },
      },
    ])
    expect(document.getElementById('in-force')!.textContent).toContain('现在立案按2025年的 11.5万元 计算')
    expect(document.getElementById('not-previous-year')).toBeNull()
    expect(document.getElementById('wage-2025')!.textContent).toContain('本院录入')
    expect(document.getElementById('wage-2025')!.textContent).toContain('最近由孙管理员于2026-11-25修改')
    expect(document.getElementById('add-year')?.textContent).toBe('录入其他年度')
  })

  it('checks a shipped year: the form starts from its figure', async () => {
    await open()
    click('edit-2023')
    expect(document.getElementById('wage-form')!.textContent).toContain('更正2023年的数字')
    expect(document.getElementById('field-year')).toBeNull()
    expect((document.getElementById('field-wage') as HTMLInputElement).value).toBe('108856')
    click('wage-confirmed')
    await act(async () => click('wage-save'))
    await waitFor(() => expect(puts()).toHaveLength(1))
    expect(puts()[0]).toMatchObject({ path: '/admin/average-wages/2023', body: { wageFen: 10_885_600, confirmed: true, note: '待核对' } })
  })

  it.each([
    { label: 'no wage', wage: '', source: '统计局', at: 'wage', message: '请填写年平均工资，以元为单位' },
    { label: 'a wage in words', wage: '十万', source: '统计局', at: 'wage', message: '请填写年平均工资，以元为单位' },
    { label: 'no source', wage: '115000', source: ' ', at: 'source', message: '请写明来源' },
  ])('says what is missing, in words, and sends nothing: $label', async ({ wage, source, message }) => {
    await open()
    click('add-year')
    type('field-wage', wage)
    type('field-source', source)
    await act(async () => click('wage-save'))
    expect(document.getElementById('wage-form')!.textContent).toContain(message)
    expect(puts()).toHaveLength(0)
  })

  it('shows the court’s refusal under the field it names', async () => {
    refuse = { status: 400, body: { error: { code: 'AVERAGE_WAGE_YEAR_INVALID', message: '2026年还没有过完，最晚只能录入2025年', field: 'year' } } }
    await open()
    click('add-year')
    type('field-year', '2026')
    type('field-wage', '115000')
    type('field-source', '统计局')
    await act(async () => click('wage-save'))
    await waitFor(() => expect(document.getElementById('wage-form')!.textContent).toContain('2026年还没有过完，最晚只能录入2025年'))
    expect(text()).not.toContain('AVERAGE_WAGE_YEAR_INVALID')
    click('wage-cancel')
    expect(document.getElementById('wage-form')).toBeNull()
  })

  it('tells an admin whose province has no figure at all to enter one', async () => {
    data = { ...initial(), inForce: null, wages: [] }
    render(<AverageWagesPage />)
    await waitFor(() => expect(document.getElementById('in-force')?.textContent).toContain('还没有内蒙古自治区的年平均工资'))
  })
})
