import { PERIOD_RULES } from '../../../domain'

describe('PERIOD_RULES', () => {
  it.each([
    { label: '答辩期 15 days, art 128', rule: 'defence', days: 15, article: '《民事诉讼法》第一百二十八条' },
    { label: '判决上诉期 15 days, art 171', rule: 'appeal-judgment', days: 15, article: '《民事诉讼法》第一百七十一条' },
    { label: '裁定上诉期 10 days, art 171', rule: 'appeal-ruling', days: 10, article: '《民事诉讼法》第一百七十一条' },
    { label: '公告送达 30 days, art 95', rule: 'public-notice', days: 30, article: '《民事诉讼法》第九十五条' },
    { label: '立案审查 7 days, art 126', rule: 'filing-review', days: 7, article: '《民事诉讼法》第一百二十六条' },
    { label: '司法确认 30 days, art 205', rule: 'judicial-confirmation', days: 30, article: '《民事诉讼法》第二百零五条' },
    { label: '交费 7 days, 交纳办法 art 22', rule: 'fee-payment', days: 7, article: '《诉讼费用交纳办法》第二十二条' },
  ] as const)('$label', ({ rule, days, article }) => {
    expect(PERIOD_RULES[rule]).toMatchObject({ days, article })
  })

  it('has exactly the seven rules', () => {
    expect(Object.keys(PERIOD_RULES)).toHaveLength(7)
  })
})
