import { act, render } from '@testing-library/react'
import Dashboard from '../../../../src/subpackages/command/pages/dashboard/index'
import type { FigureView } from '../../../../src/api/metrics'
import { click, fakeServer, text } from '../../fakeServer'
import { taroMock } from '../../stubs/taro'

jest.mock('../../../../src/subpackages/command/chart/drawTrend', () => ({ drawTrend: jest.fn(async () => ({ update: jest.fn(), destroy: jest.fn() })) }))

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)))
const court = { id: 'c-ordos', name: '鄂尔多斯市中级人民法院' }
const subject = {
  court,
  scope: 'area',
  courts: [court],
  from: '2021-01-01',
  to: '2021-10-31',
  periodText: '2021年1月1日至2021年10月31日',
  subjectText: '鄂尔多斯市两级法院',
}
const figure: FigureView = {
  figure: 'closureRate',
  name: '执结率',
  value: 20122 / 24951,
  numerator: 20122,
  denominator: 24951,
  text: '80.65%',
  detail: '结案20,122件 / 受理24,951件',
  unit: 'rate',
  band: null,
  position: 'no-data',
  positionText: '未设目标区间',
  explainable: true,
}

it('shows each figure with its value, band and standing in words, its monthly table, and opens the cases behind it', async () => {
  const sent = fakeServer((req) => {
    if (req.path === '/court/metrics/scope')
      return { body: { court, level: 'intermediate', basicCourts: [{ id: 'c-ds', name: '东胜区人民法院' }], today: '2021-10-31', canEditBands: false } }
    if (req.path === '/court/metrics/enforcement')
      return {
        body: {
          subject,
          counts: {},
          figures: [figure],
          subsets: [{ subset: 'enterprise', name: '涉企', text: '受理5,953件，结案3,087件，执行到位42.99亿元' }],
        },
      }
    if (req.path === '/court/metrics/enforcement/trend')
      return { body: { subject, bands: [], months: [{ month: '2021-01', from: '2021-01-01', to: '2021-01-31', counts: { closureRate: 0.5 } }] } }
    return undefined
  })
  render(<Dashboard />)
  await flush()
  await flush()
  expect(document.getElementById('figure-closureRate')?.textContent).toContain('80.65%')
  expect(document.getElementById('trend-closureRate-table')?.textContent).toBe('月份执结率与目标比21年1月50.00%未设目标')
  expect(text()).toContain('涉企受理5,953件，结案3,087件，执行到位42.99亿元')
  expect(text()).toContain('两级法院')
  expect(sent.some((r) => r.path === '/court/metrics/enforcement')).toBe(true)
  click('figure-closureRate')
  expect(taroMock.navigateTo).toHaveBeenLastCalledWith({
    url: '/subpackages/command/pages/explain/index?courtId=c-ordos&scope=area&period=year&figure=closureRate',
  })
})
