import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { ControlFacts } from './facts'
import type { EnforcementDeadline, EnforcementPeriodKey, EnforcementRules } from './rules'
import type { AssetCategory } from './types'
import { workdayOnOrBefore } from './workdayOnOrBefore'

const TERM_KEY: Readonly<Record<AssetCategory, EnforcementPeriodKey>> = {
  deposit: 'termDeposit',
  movable: 'termMovable',
  immovable: 'termImmovable',
  'property-right': 'termPropertyRight',
}

/** Where a freeze, seal or seizure's current term stands. */
export interface SeizureTerm {
  /** the period that sets the longest term, e.g. 'termDeposit' */
  term: EnforcementPeriodKey
  /** the current term's first day (the original, or the last renewal) */
  effectiveOn: string
  /** the current term's last day in force */
  expiresOn: string
  /** `expiresOn` is the one the ruling states, not computed */
  stated: boolean
  /** how many renewals (续行) there have been */
  renewals: number
  /** the last working day on or before `expiresOn`: the renewal must be done by then */
  renewalDue: EnforcementDeadline
  /** from this day the 督办 list warns that the term runs out (`seizureWarning` days before `expiresOn`) */
  warnFrom: string
}

/**
 * When a 冻结/查封/扣押 runs out and its renewal is due. “人民法院冻结被执行人的银行存款的期限不得超过
 * 一年，查封、扣押动产的期限不得超过两年，查封不动产、冻结其他财产权的期限不得超过三年。申请执行人申请延长
 * 期限的，人民法院应当在查封、扣押、冻结期限届满前办理续行查封、扣押、冻结手续，续行期限不得超过前款规定
 * 的期限” — 《民诉法解释》第四百八十五条; a term that runs out unrenewed loses its effect
 * (《查扣冻规定》第二十七条). 划拨 moves the money at once and has no term: null.
 *
 * The term starts the day the ruling and assistance notice take effect (送达时发生法律效力,
 * 《查扣冻规定》第一条) and, when the ruling states no last day, is taken to run through the day
 * before the same date 1/2/3 years on (2026-03-10 → 2027-03-09), the way assistance notices
 * usually state it and the safe reading when a day of difference loses the seizure. A stated last
 * day may be up to the same date N years on, but no later. The renewal must be done before the
 * term ends, at a bank or registry, so it is due on the last working day on or before the last
 * day in force — never rolled later.
 *
 * @param control the measure, what it holds, its term as stated, and any renewal terms
 * @param rules the court's enforcement rules (terms ✅; the warning days are the court's)
 * @returns the current term, or null for 划拨
 * @throws DomainError 'CONTROL_TERM_INVALID' (ends before it starts), 'CONTROL_TERM_TOO_LONG', 'DATE_INVALID'
 * @example
 * seizureExpiry({ measure: 'freeze', asset: 'deposit', effectiveOn: '2026-03-10' }, ENFORCEMENT_RULES)
 * // { term: 'termDeposit', expiresOn: '2027-03-09', renewalDue: { due: '2027-03-09', … }, warnFrom: '2027-02-07', renewals: 0, stated: false, … }
 * seizureExpiry({ measure: 'seal', asset: 'immovable', effectiveOn: '2026-10-05' }, ENFORCEMENT_RULES)?.renewalDue.due // '2029-09-28' (10-04 is 国庆, 09-29/30 a weekend)
 */
export function seizureExpiry(
  control: Pick<ControlFacts, 'measure' | 'asset' | 'effectiveOn' | 'expiresOn' | 'renewals'>,
  rules: EnforcementRules,
): SeizureTerm | null {
  if (control.measure === 'deduct') return null
  const term = TERM_KEY[control.asset]
  if (term === undefined) throw new DomainError('CONTROL_ASSET_UNKNOWN', '不认识的财产类别', 'asset')
  const setting = rules.periods[term]
  const renewals = control.renewals ?? []
  const current = renewals.length > 0 ? renewals[renewals.length - 1] : control
  const field = renewals.length > 0 ? `renewals[${renewals.length - 1}]` : 'effectiveOn'
  parseCalendarDay(current.effectiveOn, field)
  const years = setting.length as number
  const longest = addMonths(current.effectiveOn, years * 12)
  let expiresOn = addDays(longest, -1)
  if (current.expiresOn !== undefined) {
    parseCalendarDay(current.expiresOn, 'expiresOn')
    const stated = current.expiresOn
    if (stated < current.effectiveOn) throw new DomainError('CONTROL_TERM_INVALID', '查封、扣押、冻结的到期日不能早于生效日，请核对', 'expiresOn')
    if (stated > longest) {
      throw new DomainError('CONTROL_TERM_TOO_LONG', `${setting.name}不得超过${years}年（${setting.article}），到期日最晚是${longest}`, 'expiresOn')
    }
    expiresOn = stated
  }
  const last = workdayOnOrBefore(expiresOn)
  return {
    term,
    effectiveOn: current.effectiveOn,
    expiresOn,
    stated: current.expiresOn !== undefined,
    renewals: renewals.length,
    renewalDue: {
      rule: term,
      name: `续行${setting.name.replace(/期限$/, '')}`,
      due: last.day,
      provisional: last.provisional,
      article: `${setting.article}第二款`,
      status: setting.status,
    },
    warnFrom: addDays(expiresOn, -(rules.periods.seizureWarning.length ?? 0)),
  }
}
