import { monthLabel, trendSpec } from '../../../../src/subpackages/command/chart/trendSpec'
import { bandStatusText, bandText, daysText, moneyText, percent } from '../../../../src/subpackages/command/words'

describe('what the trend chart draws', () => {
  it('rates become percentages on a 0–100 axis, a missing month stays missing, the band spans every month', () => {
    const s = trendSpec(
      [
        { month: '2021-01', value: 0.8065 },
        { month: '2021-02', value: null },
        { month: '2021-03', value: 0.9 },
      ],
      'rate',
      { min: 0.9 },
    )
    expect(s.data.map((d) => [d.label, d.value])).toEqual([
      ['21年1月', 80.65],
      ['2月', null],
      ['3月', 90],
    ])
    expect([s.yMin, s.yMax]).toEqual([0, 100])
    expect(s.bandRecords).toEqual([
      { label: '21年1月', value: 90 },
      { label: '3月', value: 100 },
    ])
  })
  it('days get an axis above the largest month and no band', () => {
    const s = trendSpec([{ month: '2021-05', value: 90.26 }], 'days', { min: 0.9 })
    expect(s.yMax).toBe(110)
    expect(s.bandRecords).toBeNull()
    expect(monthLabel('2021-10')).toBe('10月')
  })
})

describe('figures in words', () => {
  it.each([
    ['a rate', percent(0.80654), '80.65%'],
    ['no denominator', percent(null), '—'],
    ['days', daysText(90.2571), '90.26天'],
    ['亿元', moneyText(429_900_000_000), '42.99亿元'],
    ['万元', moneyText(8_650_000), '8.65万元'],
    ['a lower line', bandText({ min: 0.9 }), '不低于90.00%'],
    ['no band', bandText(null), '未设目标'],
    ['below', bandStatusText('below', { min: 0.9 }), '低于目标'],
    ['no data', bandStatusText('no-data', { min: 0.9 }), '暂无数据'],
  ])('%s', (_label, got, want) => expect(got).toBe(want))
})
