import { feeCategoryForCause, type FeeKind } from '../../../domain'

describe('feeCategoryForCause — 《诉讼费用交纳办法》第十三条 by 案由', () => {
  it.each([
    { label: '离婚纠纷 → divorce, 13(2)1', cause: '离婚纠纷', want: 'divorce' },
    { label: '离婚后财产纠纷 is a property claim', cause: '离婚后财产纠纷', want: 'property' },
    { label: '抚养费纠纷 is a money claim', cause: '抚养费纠纷', want: 'property' },
    { label: '赡养纠纷 is a money claim', cause: '赡养纠纷', want: 'property' },
    { label: '名誉权纠纷 → personality rights, 13(2)2', cause: '名誉权纠纷', want: 'personality-rights' },
    { label: '肖像权纠纷 → personality rights', cause: '肖像权纠纷', want: 'personality-rights' },
    { label: '个人信息保护纠纷 → personality rights', cause: '个人信息保护纠纷', want: 'personality-rights' },
    { label: 'product rule: 生命权、身体权、健康权纠纷 (personal injury) by amount', cause: '生命权、身体权、健康权纠纷', want: 'property' },
    { label: '追索劳动报酬纠纷 → labour, 13(4)', cause: '追索劳动报酬纠纷', want: 'labor' },
    { label: '劳动合同纠纷 → labour', cause: '劳动合同纠纷', want: 'labor' },
    { label: '工伤保险待遇纠纷 → labour', cause: '工伤保险待遇纠纷', want: 'labor' },
    { label: '人事争议 → labour', cause: '人事争议', want: 'labor' },
    { label: '劳务合同纠纷 is a civil contract, by amount', cause: '劳务合同纠纷', want: 'property' },
    { label: '提供劳务者受害责任纠纷 is a tort, by amount', cause: '提供劳务者受害责任纠纷', want: 'property' },
    { label: '著作权权属、侵权纠纷 → ip, 13(3)', cause: '著作权权属、侵权纠纷', want: 'ip' },
    { label: '植物新品种权权属、侵权纠纷 → ip', cause: '植物新品种权权属、侵权纠纷', want: 'ip' },
    { label: '买卖合同纠纷 → property', cause: '买卖合同纠纷', want: 'property' },
    { label: '民间借贷纠纷 → property', cause: '民间借贷纠纷', want: 'property' },
    { label: '土地承包经营权纠纷 → property', cause: '土地承包经营权纠纷', want: 'property' },
    { label: '探望权纠纷 → by amount, so other non-property without one', cause: '探望权纠纷', want: 'property' },
    { label: 'spaces around the name', cause: ' 离婚纠纷 ', want: 'divorce' },
    { label: 'typed without 纠纷', cause: '名誉权', want: 'personality-rights' },
    { label: 'not in the list: 医疗保险待遇纠纷 by its words', cause: '医疗保险待遇纠纷', want: 'labor' },
    { label: 'not in the list: 劳动争议', cause: '劳动争议', want: 'labor' },
    { label: 'not in the list: 确认劳动关系 with a suffix', cause: '确认劳动关系纠纷（农民工）', want: 'labor' },
    { label: 'not in the list: 劳务派遣工作人员侵权责任纠纷 is a tort', cause: '劳务派遣工作人员侵权责任纠纷', want: 'property' },
    { label: 'not in the list: 劳务合同 with a suffix stays civil', cause: '劳务合同纠纷（剪羊毛）', want: 'property' },
    { label: 'not in the list: 隐私权、个人信息保护纠纷', cause: '隐私权、个人信息保护纠纷', want: 'personality-rights' },
    { label: 'not in the list: 计算机软件著作权许可使用合同纠纷', cause: '计算机软件著作权许可使用合同纠纷', want: 'ip' },
    { label: 'not in the list: 技术服务合同纠纷', cause: '技术服务合同纠纷', want: 'ip' },
    { label: 'not in the list: 网络侵权责任纠纷', cause: '网络侵权责任纠纷', want: 'property' },
    { label: 'empty', cause: '', want: 'property' },
    { label: 'not a string', cause: 42 as unknown as string, want: 'property' },
  ] as Array<{ label: string; cause: string; want: FeeKind }>)('$label', ({ cause, want }) => {
    expect(feeCategoryForCause(cause)).toBe(want)
  })
})
