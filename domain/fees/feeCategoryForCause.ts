import { causeOfAction, type CauseFeeKind } from '../causes/causesOfAction'

// For causes the shipped list does not carry: the 案由规定's own words for its parts. 劳务合同 is
// a civil contract, never a labour dispute, so no pattern below matches it.
const LABOR =
  /^(劳动|追索劳动报酬|经济补偿金|竞业限制|社会保险|养老保险|工伤保险|医疗保险|生育保险|失业保险|福利待遇|人事争议|聘用合同|聘任合同|辞职|辞退|确认劳动关系|集体合同|劳务派遣合同|非全日制用工)/
const PERSONALITY = /^(姓名权|名称权|肖像权|声音保护|名誉权|荣誉权|隐私权|个人信息保护|婚姻自主权|人身自由权|一般人格权|平等就业权)/
const IP =
  /(著作权|商标|专利|植物新品种|商业秘密|集成电路布图设计|计算机软件|地理标志|不正当竞争|知识产权|技术合同|技术转让|技术许可|技术开发|技术服务|技术咨询)/

/**
 * The fee category of a civil case from its cause of action (案由, a name of 《民事案件案由规定》),
 * under 《诉讼费用交纳办法》第十三条:
 * - 离婚纠纷 → 'divorce' (第（二）项第1目: 50–300元 per case, plus 0.5% of divided property over 20万);
 *   other 婚姻家庭 causes (离婚后财产纠纷, 抚养费纠纷 …) are money or property claims → 'property'
 * - 人格权 causes (名誉权, 肖像权, 姓名权, 隐私权 …) → 'personality-rights' (第（二）项第2目). Product
 *   rule: 生命权、身体权、健康权纠纷 (personal injury) → 'property', as most courts charge 人身损害赔偿
 *   by the amount claimed; the data note says so, and one data line changes it
 * - 劳动争议、人事争议 causes (追索劳动报酬纠纷, 劳动合同纠纷, 工伤保险待遇纠纷 …) → 'labor', 10元
 *   whatever the amount (第（四）项). 劳务合同纠纷 is not one of them: it is a civil contract (work
 *   for a person, not an employer) → 'property'
 * - 知识产权与竞争纠纷 causes → 'ip' (第（三）项: 500–1000元 without an amount, else as property)
 * - everything else → 'property': by the amount claimed, or other non-property (第（二）项第3目)
 *   when nothing is claimed in money — {@link quoteFilingFee} makes that choice.
 *
 * Causes the shipped list (domain/data/causes-of-action.json) does not carry are placed by the
 * 案由规定's own words: labour and personnel causes by their opening words (劳动…, 追索劳动报酬…,
 * 工伤保险…), personality causes by the right they name, IP by 著作权, 商标, 专利, 植物新品种 …;
 * anything else is 'property'.
 *
 * @param cause a cause of action, e.g. '追索劳动报酬纠纷'
 * @returns 'divorce' | 'personality-rights' | 'labor' | 'ip' | 'property'
 * @example
 * feeCategoryForCause('离婚纠纷') // 'divorce'
 * feeCategoryForCause('追索劳动报酬纠纷') // 'labor'
 * feeCategoryForCause('劳务合同纠纷') // 'property'
 */
export function feeCategoryForCause(cause: string): CauseFeeKind {
  const known = causeOfAction(cause)
  if (known) return known.fee
  const name = typeof cause === 'string' ? cause.trim() : ''
  if (/^劳务合同/.test(name)) return 'property'
  if (LABOR.test(name)) return 'labor'
  if (PERSONALITY.test(name)) return 'personality-rights'
  if (IP.test(name)) return 'ip'
  return 'property'
}
