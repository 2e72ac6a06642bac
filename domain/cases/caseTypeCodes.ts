import data from '../data/case-type-codes.json'

/** One case-type code (类型代字) of 《人民法院案件类型及其代字标准》 as shipped, with how sure it is. */
export interface CaseTypeCodeInfo {
  /** e.g. '民初' */
  code: string
  /** e.g. '民事一审案件' */
  name: string
  /** the standard's class: '民事', '执行', '管辖' … */
  group: string
  /** true when checked against the text of the standard (its 执行类 excerpt) */
  checked: boolean
  /** true for a code created after the 2015 standard and seen in published case numbers */
  later?: boolean
}

const checked = new Set(data.checked)
const later = new Set(data.later)

/** The shipped codes, in the standard's order, and where they come from (`source`). */
export const CASE_TYPE_CODES: { source: string; codes: readonly CaseTypeCodeInfo[] } = {
  source: data.source,
  codes: data.groups.flatMap(({ group, codes }) =>
    codes.map(([code, name]) => ({ code, name, group, checked: checked.has(code), ...(later.has(code) ? { later: true } : {}) })),
  ),
}

const BY_CODE = new Map(CASE_TYPE_CODES.codes.map((c) => [c.code, c]))

/**
 * The case-type code (类型代字) of a case number, from the list of 《人民法院案件类型及其代字标准》
 * (最高人民法院《关于人民法院案件案号的若干规定》附件, 2016-01-01): 民初 民终 民申 民再 民特 民督 民催,
 * 执 执恢 执保 执异 执复 执监 执协, 财保, 行初, 刑初 …, plus the later codes seen in published case
 * numbers (破, 强清, 知民终, 民诉前调). The list is data (`domain/data/case-type-codes.json`) with
 * its source and which codes are checked against the standard's text.
 *
 * @param code e.g. '民初'
 * @returns its entry, or undefined for a code the standard does not have
 * @example
 * caseTypeCodeInfo('执恢') // { code: '执恢', name: '恢复执行案件', group: '执行', checked: true }
 * caseTypeCodeInfo('民号') // undefined
 */
export function caseTypeCodeInfo(code: string): CaseTypeCodeInfo | undefined {
  return typeof code === 'string' ? BY_CODE.get(code) : undefined
}
