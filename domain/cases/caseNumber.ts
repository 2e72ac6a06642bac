import { DomainError } from '../errors'
import { caseTypeCodeInfo } from './caseTypeCodes'

/** The parts of a case number, e.g. （2026）内0784民初123号. */
export interface CaseNumber {
  year: number
  courtCode: string
  typeCode: string
  seq: number
}

/**
 * Province-level abbreviations used in court codes (最高人民法院《关于人民法院案件案号的若干规定》),
 * 兵 for the 生产建设兵团 courts; 贵 and 云 are accepted beside 黔 and 滇 as both are seen in print.
 */
const PROVINCES = '京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔贵滇云藏陕甘青宁新兵'
/**
 * Court code: '最高法', or a province abbreviation alone (high court), with 2 digits
 * (intermediate and specialised courts, 内07, 京73) or with 4 digits (basic courts, 内0784).
 */
const COURT = `(?:最高法|[${PROVINCES}](?:\\d{2}|\\d{4})?)`
/** Case-type code: Chinese characters, one of the standard's codes (checked after matching). */
const TYPE = '[\\u4e00-\\u9fa5]{1,6}'
const COURT_RE = new RegExp(`^${COURT}$`)
const CASE_RE = new RegExp(`^[（(](\\d{4})[）)](${COURT})(${TYPE})([1-9]\\d{0,14})号$`)
/** Case numbers in this form are those of the People's Republic; 2100 bounds typing slips. */
const FIRST_YEAR = 1949
const LAST_YEAR = 2100

function check(input: CaseNumber): void {
  if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > LAST_YEAR) {
    throw new DomainError('CASE_NUMBER_INVALID', `案号的年份应为${FIRST_YEAR}至${LAST_YEAR}之间的四位数字`, 'year')
  }
  if (typeof input.courtCode !== 'string' || !COURT_RE.test(input.courtCode)) {
    throw new DomainError('CASE_NUMBER_INVALID', '法院代字不对，应为省份简称加数字，如“内0784”', 'courtCode')
  }
  if (!caseTypeCodeInfo(input.typeCode)) {
    throw new DomainError('CASE_NUMBER_INVALID', '案件类型代字不对，应为《人民法院案件类型及其代字标准》中的代字，如“民初”“执”', 'typeCode')
  }
  if (!Number.isSafeInteger(input.seq) || input.seq < 1 || input.seq > 999_999_999_999_999) {
    throw new DomainError('CASE_NUMBER_INVALID', '案件序号应为正整数', 'seq')
  }
}

/**
 * Writes a case number (案号) the way courts print it: year in full-width parentheses, the court
 * code, the case-type code, the sequence number, then 号 — '（2026）内0784民初123号'
 * (最高人民法院《关于人民法院案件案号的若干规定》). The type code must be one of
 * 《人民法院案件类型及其代字标准》 ({@link caseTypeCodeInfo}), the year from 1949 to 2100.
 *
 * @param input.year year of filing (收案年度), 1949–2100
 * @param input.courtCode '最高法', or province abbreviation + 0, 2 or 4 digits: '内', '内07', '内0784'
 * @param input.typeCode a code of the standard: 民初 民终 民特 执 执恢 财保 行初 …
 * @param input.seq positive sequence number, per court, type and year
 * @returns e.g. '（2026）内0784民初123号'
 * @throws DomainError 'CASE_NUMBER_INVALID' naming the bad part
 * @example
 * formatCaseNumber({ year: 2026, courtCode: '内0784', typeCode: '民初', seq: 123 }) // '（2026）内0784民初123号'
 */
export function formatCaseNumber(input: CaseNumber): string {
  check(input)
  return `（${input.year}）${input.courtCode}${input.typeCode}${input.seq}号`
}

/**
 * Reads a case number as typed or pasted: surrounding spaces are ignored and half-width
 * parentheses are accepted for the full-width ones. Anything else that is not a case number of
 * the shape {@link formatCaseNumber} writes gives null — a type code the standard does not have
 * (民号, 民初初) or a year outside 1949–2100 included.
 *
 * @param text e.g. '（2026）内0784民初123号' or '(2026)内07民终5号'
 * @returns the parts, or null
 * @example
 * parseCaseNumber('（2026）内0784民初123号') // { year: 2026, courtCode: '内0784', typeCode: '民初', seq: 123 }
 * parseCaseNumber('hello') // null
 */
export function parseCaseNumber(text: string): CaseNumber | null {
  if (typeof text !== 'string') return null
  const m = CASE_RE.exec(text.trim())
  if (!m) return null
  const [, year, courtCode, typeCode, seq] = m
  if (!caseTypeCodeInfo(typeCode) || Number(year) < FIRST_YEAR || Number(year) > LAST_YEAR) return null
  return { year: Number(year), courtCode, typeCode, seq: Number(seq) }
}
