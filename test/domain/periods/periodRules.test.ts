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
    { label: '境外被告答辩期 30 days, art 285', rule: 'defence-abroad', days: 30, article: '《民事诉讼法》第二百八十五条' },
    { label: '境外当事人上诉期 30 days, art 286', rule: 'appeal-abroad', days: 30, article: '《民事诉讼法》第二百八十六条' },
    { label: '涉外公告送达 60 days, art 283', rule: 'public-notice-abroad', days: 60, article: '《民事诉讼法》第二百八十三条' },
  ] as const)('$label', ({ rule, days, article }) => {
    expect(PERIOD_RULES[rule]).toMatchObject({ days, article })
    expect(PERIOD_RULES[rule].years).toBeUndefined()
  })

  it('申请执行期间 is 2 years, art 250, in years not days', () => {
    expect(PERIOD_RULES['enforcement-application']).toEqual({ years: 2, name: '申请执行期间', article: '《民事诉讼法》第二百五十条' })
  })

  it('has exactly the eleven rules, each with a Chinese name', () => {
    expect(Object.keys(PERIOD_RULES)).toHaveLength(11)
    for (const info of Object.values(PERIOD_RULES)) expect(info.name).toMatch(/^[\u4e00-\u9fa5（）]+$/)
  })
})
