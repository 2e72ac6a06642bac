import { CAUSES_OF_ACTION, causeOfAction, feeCategoryForCause } from '../../../domain'

const causes = CAUSES_OF_ACTION.causes

describe('the 案由 list (domain/data/causes-of-action.json)', () => {
  it('gives each cause once, as a 案由规定 name, with a known fee category and a plain hint', () => {
    const names = causes.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const c of causes) {
      expect(c.name).toMatch(/^[\u4e00-\u9fa5、]+(纠纷|争议)$/)
      expect(['property', 'divorce', 'personality-rights', 'labor', 'ip']).toContain(c.fee)
      expect(c.hint).toMatch(/^[^a-zA-Z]+。$/)
      expect(c.keywords.length).toBeGreaterThan(0)
      if (c.smallClaims !== undefined) expect(['personal-relation', 'ownership']).toContain(c.smallClaims)
    }
    expect(CAUSES_OF_ACTION.source).toContain('民事案件案由规定')
  })

  it('puts the common rural causes first, in the order the issue names them', () => {
    const firstRare = causes.findIndex((c) => !c.common)
    expect(causes.slice(firstRare).every((c) => !c.common)).toBe(true)
    expect(causes.slice(0, 9).map((c) => c.name)).toEqual([
      '买卖合同纠纷',
      '民间借贷纠纷',
      '土地承包经营权纠纷',
      '农村土地承包合同纠纷',
      '土地经营权出租合同纠纷',
      '牧业承包合同纠纷',
      '劳务合同纠纷',
      '追索劳动报酬纠纷',
      '离婚纠纷',
    ])
    expect(causes.filter((c) => c.common).map((c) => c.name)).toEqual(expect.arrayContaining(['抚养纠纷', '扶养纠纷', '赡养纠纷']))
  })

  it('makes 劳务合同纠纷 and 追索劳动报酬纠纷 plain apart', () => {
    const labourService = causeOfAction('劳务合同纠纷')
    const wages = causeOfAction('追索劳动报酬纠纷')
    expect(labourService).toMatchObject({ fee: 'property', group: '合同、准合同纠纷' })
    expect(labourService?.hint).toContain('不是公司')
    expect(labourService?.hint).toContain('按要的金额')
    expect(wages).toMatchObject({ fee: 'labor', group: '劳动争议、人事争议' })
    expect(wages?.hint).toContain('用人单位')
    expect(wages?.hint).toContain('10元')
    expect(wages?.hint).toContain('可以先不交')
  })

  it.each([
    { label: '离婚纠纷: 人身关系', name: '离婚纠纷', want: 'personal-relation' },
    { label: '变更抚养关系纠纷: 人身关系', name: '变更抚养关系纠纷', want: 'personal-relation' },
    { label: '确认亲子关系纠纷: 人身关系', name: '确认亲子关系纠纷', want: 'personal-relation' },
    { label: '所有权确认纠纷: 财产确权', name: '所有权确认纠纷', want: 'ownership' },
    { label: '土地承包经营权确认纠纷: 财产确权', name: '土地承包经营权确认纠纷', want: 'ownership' },
    { label: '赡养费纠纷: a money claim, not excluded', name: '赡养费纠纷', want: undefined },
    { label: '民间借贷纠纷: not excluded', name: '民间借贷纠纷', want: undefined },
  ])('marks art 166(1) exclusions: $label', ({ name, want }) => {
    expect(causeOfAction(name)?.smallClaims).toBe(want)
  })

  it('says why personal injury is charged by amount', () => {
    expect(causeOfAction('生命权、身体权、健康权纠纷')?.note).toContain('第十三条第（二）项第2目')
  })

  it('agrees with feeCategoryForCause for every cause', () => {
    for (const c of causes) expect(feeCategoryForCause(c.name)).toBe(c.fee)
  })

  it.each([
    { label: 'exact name', name: '民间借贷纠纷', want: '民间借贷纠纷' },
    { label: 'without 纠纷', name: '民间借贷', want: '民间借贷纠纷' },
    { label: 'with spaces', name: '  离婚纠纷', want: '离婚纠纷' },
    { label: 'unknown', name: '网络侵权责任纠纷', want: undefined },
    { label: 'empty', name: '', want: undefined },
  ])('looks up $label', ({ name, want }) => {
    expect(causeOfAction(name)?.name).toBe(want)
  })
})
