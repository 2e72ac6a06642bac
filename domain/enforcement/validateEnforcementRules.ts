import { DomainError } from '../errors'
import { PERIOD_UNITS, type EnforcementPeriodKey, type EnforcementRules, type PeriodSetting, type RuleBasis, type ValueSetting } from './rules'

const STATUSES = new Set(['confirmed', 'one-source', 'unconfirmed'])
const UNIT_NAMES: Record<string, string> = { days: '日', workdays: '个工作日', months: '个月', years: '年' }

function bad(field: string, message: string): never {
  throw new DomainError('ENFORCEMENT_RULES_INVALID', message, field)
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(field, `执行规则设置有误：${field} 应当是一组设置`)
  return value as Record<string, unknown>
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') bad(field, `执行规则设置有误：${field} 不能为空`)
  return value
}

function basis(raw: Record<string, unknown>, field: string): RuleBasis {
  const status = raw.status
  if (typeof status !== 'string' || !STATUSES.has(status)) bad(`${field}.status`, `执行规则设置有误：${field} 没有写明核实程度`)
  const out: RuleBasis = { article: text(raw.article, `${field}.article`), source: text(raw.source, `${field}.source`), status: status as RuleBasis['status'] }
  if (raw.court === true) out.court = true
  return out
}

function period(key: EnforcementPeriodKey, value: unknown): PeriodSetting {
  const field = `periods.${key}`
  const raw = record(value, field)
  const allowed = PERIOD_UNITS[key]
  const name = text(raw.name, `${field}.name`)
  const unit = raw.unit
  if (typeof unit !== 'string' || !(allowed.units as readonly string[]).includes(unit)) {
    bad(`${field}.unit`, `执行规则设置有误：“${name}”只能按${allowed.units.map((u) => UNIT_NAMES[u]).join('或')}计`)
  }
  const length = raw.length
  if (length === null) {
    if (!allowed.optional) bad(`${field}.length`, `执行规则设置有误：“${name}”必须设定期限`)
  } else if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 1 || length > 3650) {
    bad(`${field}.length`, `执行规则设置有误：“${name}”的期限应当是1到3650之间的整数`)
  }
  return { ...basis(raw, field), name, length: length as number | null, unit: unit as PeriodSetting['unit'] }
}

function words(value: unknown, field: string): ValueSetting<readonly string[]> {
  const raw = record(value, field)
  const list = raw.value
  if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || w.trim() === ''))
    bad(`${field}.value`, `执行规则设置有误：${field} 应当是一组不为空的词语`)
  return { ...basis(raw, field), value: (list as string[]).map((w) => w.trim()) }
}

/**
 * Reads a court's enforcement rules (the shipped JSON, or a court's stored copy) and checks every
 * entry: each period of {@link PERIOD_UNITS} is present with a name, a whole length of 1 to 3650
 * (or null where the period is optional), a unit it may be stated in, an article, a source and a
 * status. Nothing is assumed: a rule missing its article is refused, so no deadline is ever shown
 * without the rule it comes from.
 *
 * @param value parsed JSON
 * @returns the rules, typed
 * @throws DomainError 'ENFORCEMENT_RULES_INVALID' naming the entry in `field`
 * @example
 * validateEnforcementRules(data).periods.leadVerification.length // 7
 * validateEnforcementRules({}) // throws, field 'source'
 */
export function validateEnforcementRules(value: unknown): EnforcementRules {
  const raw = record(value, 'rules')
  const source = text(raw.source, 'source')
  const docs = record(raw.documents, 'documents')
  const documents: Record<string, string> = {}
  for (const [k, v] of Object.entries(docs)) documents[k] = text(v, `documents.${k}`)
  const periodsRaw = record(raw.periods, 'periods')
  const periods = {} as Record<EnforcementPeriodKey, PeriodSetting>
  for (const key of Object.keys(PERIOD_UNITS) as EnforcementPeriodKey[]) periods[key] = period(key, periodsRaw[key])
  const unknown = Object.keys(periodsRaw).find((k) => !Object.prototype.hasOwnProperty.call(PERIOD_UNITS, k))
  if (unknown !== undefined) bad(`periods.${unknown}`, `执行规则设置有误：不认识的期限 ${unknown}`)
  const interview = record(raw.terminationInterview, 'terminationInterview')
  if (typeof interview.value !== 'boolean') bad('terminationInterview.value', '执行规则设置有误：是否要求约谈申请执行人应当写“是”或“否”')
  return {
    source,
    documents,
    periods,
    terminationInterview: { ...basis(interview, 'terminationInterview'), value: interview.value },
    agriculturalCauses: words(raw.agriculturalCauses, 'agriculturalCauses'),
    agriculturalKeywords: words(raw.agriculturalKeywords, 'agriculturalKeywords'),
  }
}
