/**
 * The calculators' display logic, kept pure so it is tested without a phone: reading amounts as
 * typed, and turning the domain's fee quotes and due dates into plain Chinese sentences.
 */
import { holidayTableFor } from '@domain/calendar/holidayTable'
import { isWorkday } from '@domain/calendar/isWorkday'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { weekdayOf } from '@domain/dates/weekdayOf'
import { causeOfAction } from '@domain/causes/causesOfAction'
import { DomainError } from '@domain/errors'
import { feeCategoryForCause } from '@domain/fees/feeCategoryForCause'
import { quoteFee, type FeeKind } from '@domain/fees/quoteFee'
import { formatYuan } from '@domain/money/formatYuan'
import { parseYuan } from '@domain/money/parseYuan'
import { dueDate } from '@domain/periods/dueDate'
import { PERIOD_RULES, type PeriodRule } from '@domain/periods/periodRules'
import { noPrepayWords } from '../../utils/feeWords'
import { monthDay } from '../../utils/monthDay'

const FEN_PER_WAN = 1_000_000

export type YuanInput = { fen: number | null; error: string | null }

/**
 * An amount typed in yuan, as integer fen, by the domain's parseYuan. Empty is `fen: null` with
 * no error (the field is just not filled yet). Accepts what a phone keyboard produces — '123500', '1,235.5',
 * full-width digits, a trailing 元 or 万 ('10万') — and refuses, with a message saying what to
 * do, anything else: letters, a minus sign, more than two decimals (more than six with 万).
 *
 * @example
 * parseYuanInput('123500') // { fen: 12_350_000, error: null }
 * parseYuanInput('12.5万') // { fen: 12_500_000, error: null }
 * parseYuanInput('12.345') // { fen: null, error: '金额最多填到分，小数点后最多两位' }
 */
export function parseYuanInput(text: string): YuanInput {
  if (text.trim() === '') return { fen: null, error: null }
  try {
    return { fen: parseYuan(text), error: null }
  } catch (e) {
    return { fen: null, error: e instanceof DomainError ? e.message : '金额只能填数字，例如 100000 或 10万' }
  }
}

const trimDecimal = (whole: number, frac: number, places: number) => {
  const f = String(frac).padStart(places, '0').replace(/0+$/, '')
  return f ? `${whole}.${f}` : String(whole)
}

/**
 * The amount read back in 万 as the person types, so a zero too many or too few shows at once:
 * '123500' → '12.35万元'. Below 1万 it is plain yuan ('8,600元'); nothing for an empty or bad input.
 *
 * @example
 * amountInWords('123500') // '12.35万元'
 * amountInWords('100000') // '10万元'
 * amountInWords('8600') // '8,600元'
 */
export function amountInWords(text: string): string | null {
  const { fen } = parseYuanInput(text)
  if (fen === null) return null
  if (fen < FEN_PER_WAN) return formatYuan(fen)
  return `${trimDecimal(Math.floor(fen / FEN_PER_WAN), fen % FEN_PER_WAN, 6)}万元`
}

/** Which amount a kind asks for, in the words of someone who has that kind of dispute. */
export interface FeeKindOption {
  kind: FeeKind
  label: string
  /** The main amount: required, optional or not asked. */
  amount: 'required' | 'optional' | 'none'
  amountLabel?: string
  /** The divorce property or the personality-rights damages input. */
  extra?: { field: 'property' | 'damages'; label: string }
  /** Whether simple procedure / mediation / withdrawal / a counterclaim halves this fee (第十五、十六、十八条). */
  halvable: boolean
  /** One line telling this kind apart from one easily mistaken for it. */
  hint?: string
  /** Labour disputes: ask whether it is a claim for unpaid wages (追索劳动报酬, 第二十条第一款). */
  asksWages?: boolean
}

export const FEE_KINDS: readonly FeeKindOption[] = [
  { kind: 'property', label: '借款、买卖等财产纠纷', amount: 'required', amountLabel: '要求对方给付的金额', halvable: true },
  { kind: 'divorce', label: '离婚', amount: 'none', extra: { field: 'property', label: '要分的夫妻共同财产总额（没有可不填）' }, halvable: true },
  {
    kind: 'personality-rights',
    label: '名誉、肖像、隐私等人格权纠纷',
    amount: 'none',
    extra: { field: 'damages', label: '要求赔偿的金额（没有可不填）' },
    halvable: true,
  },
  {
    kind: 'labor',
    label: '劳动争议（与用人单位之间）',
    amount: 'none',
    halvable: true,
    hint: '在公司、工厂、合作社等用人单位上班发生的争议，每件10元；给个人干活讨工钱（劳务）不算，选“借款、买卖等财产纠纷”',
    asksWages: true,
  },
  { kind: 'other-non-property', label: '其他不要钱的纠纷（如探望子女）', amount: 'none', halvable: true },
  { kind: 'ip', label: '商标、专利、著作权纠纷', amount: 'optional', amountLabel: '争议金额（没有可不填）', halvable: true },
  { kind: 'administrative', label: '告政府部门（行政案件）', amount: 'none', halvable: true },
  { kind: 'administrative-special', label: '商标、专利、海事行政案件', amount: 'none', halvable: true },
  { kind: 'enforcement', label: '申请强制执行', amount: 'optional', amountLabel: '申请执行的金额（没有可不填）', halvable: false },
  { kind: 'preservation', label: '申请财产保全', amount: 'optional', amountLabel: '申请保全的财产金额（没有可不填）', halvable: false },
  { kind: 'payment-order', label: '申请支付令（催讨欠款）', amount: 'required', amountLabel: '要求对方给付的金额', halvable: false },
  { kind: 'public-summons', label: '申请公示催告（票据丢失）', amount: 'none', halvable: false },
  { kind: 'arbitration-review', label: '申请撤销仲裁裁决或者认定仲裁协议效力', amount: 'none', halvable: false },
  { kind: 'bankruptcy', label: '申请破产', amount: 'required', amountLabel: '破产财产总额', halvable: false },
  { kind: 'jurisdiction-objection', label: '管辖权异议未成立', amount: 'none', halvable: false },
  { kind: 'special-procedure', label: '司法确认等特别程序', amount: 'none', halvable: false },
]

export const feeKindOption = (kind: FeeKind): FeeKindOption => FEE_KINDS.find((k) => k.kind === kind) ?? FEE_KINDS[0]

export interface FeeForm {
  kind: FeeKind
  amount: string
  extra: string
  simple: boolean
  mediated: boolean
  /** 反诉 or an independent third party's claim heard together (第十八条) */
  counterclaim?: boolean
  /** a labour dispute over unpaid wages (追索劳动报酬) */
  wages?: boolean
  /** the cause of action (案由) the kind was chosen by, if it was */
  cause?: string
}

/**
 * The calculator's kind and wage switch for a cause of action (案由), by the domain's fee category
 * (《诉讼费用交纳办法》第十三条): 离婚纠纷 → divorce, 名誉权纠纷 → personality rights, 追索劳动报酬纠纷 →
 * a labour dispute over unpaid wages, 劳务合同纠纷 → a property dispute by the amount.
 *
 * @example
 * formForCause('追索劳动报酬纠纷') // { kind: 'labor', wages: true, cause: '追索劳动报酬纠纷' }
 */
export function formForCause(cause: string): Pick<FeeForm, 'kind' | 'wages' | 'cause'> {
  const name = causeOfAction(cause)?.name ?? cause.trim()
  const kind = feeCategoryForCause(name)
  return { kind, wages: kind === 'labor' && /^追索劳动报酬/.test(name), cause: name }
}

export interface FeeLineView {
  label: string
  amount: string
  article: string
  reduction: boolean
}

export type FeeView =
  | { state: 'waiting'; prompt: string }
  | { state: 'invalid'; errors: { amount?: string; extra?: string } }
  | {
      state: 'ok'
      total: string
      ranged: boolean
      lines: FeeLineView[]
      notes: string[]
      /** present when the fee need not be paid in advance (《诉讼费用交纳办法》第二十条) */
      prepay?: { text: string; article: string }
    }

/**
 * Everything the fee calculator shows for what is typed: a prompt while a required amount is
 * missing, the errors under each field, or the fee (a range for ranged fees) with one line per
 * band, each with its article, and — for unpaid wages, enforcement and bankruptcy — that the fee
 * need not be paid in advance (“这类案件可以先不交诉讼费”, 第二十条).
 *
 * @example
 * feeView({ kind: 'property', amount: '100000', extra: '', simple: false, mediated: false })
 * // { state: 'ok', total: '2,300元', lines: [{ label: '不超过1万元的，每件交纳50元', amount: '50元', … }, …] }
 */
export function feeView(form: FeeForm): FeeView {
  const option = feeKindOption(form.kind)
  const amount = option.amount === 'none' ? { fen: null, error: null } : parseYuanInput(form.amount)
  const extra = option.extra ? parseYuanInput(form.extra) : { fen: null, error: null }
  if (amount.error || extra.error) {
    return { state: 'invalid', errors: { amount: amount.error ?? undefined, extra: extra.error ?? undefined } }
  }
  if (option.amount === 'required' && amount.fen === null) return { state: 'waiting', prompt: `请填写${option.amountLabel ?? '金额'}` }
  try {
    const q = quoteFee({
      kind: form.kind,
      amountFen: amount.fen ?? undefined,
      propertyFen: option.extra?.field === 'property' ? (extra.fen ?? undefined) : undefined,
      damagesFen: option.extra?.field === 'damages' ? (extra.fen ?? undefined) : undefined,
      procedure: option.halvable && form.simple ? 'simple' : 'ordinary',
      mediatedOrWithdrawn: option.halvable && form.mediated,
      counterclaim: option.halvable && form.counterclaim === true,
      laborRemuneration: option.asksWages === true && form.wages === true,
    })
    const ranged = q.minFen !== q.maxFen
    const notes: string[] = []
    if (ranged) notes.push('这类案件按件收费，具体金额由法院在这个范围内确定')
    const halvings = [form.simple, form.mediated, form.counterclaim === true].filter(Boolean).length
    if (option.halvable && halvings >= 2) {
      notes.push(form.counterclaim ? '反诉、简易程序和调解、撤诉的减半不叠加，只减半一次' : '简易程序和调解、撤诉的减半不叠加，只减半一次')
    }
    // In the words the filing's fee step and its receipt use too.
    const noPrepay = noPrepayWords(q, form.kind)
    return {
      state: 'ok',
      total: ranged ? `${formatYuan(q.minFen)}至${formatYuan(q.maxFen)}` : formatYuan(q.minFen),
      ranged,
      lines: q.lines.map((l) => ({
        label: l.label,
        amount: l.fen < 0 ? `减${formatYuan(-l.fen)}` : formatYuan(l.fen),
        article: l.article,
        reduction: l.fen < 0,
      })),
      notes,
      ...(noPrepay ? { prepay: { text: `${noPrepay.text}：${noPrepay.why}`, article: noPrepay.article } } : {}),
    }
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    const field = err.field === 'propertyFen' || err.field === 'damagesFen' ? 'extra' : 'amount'
    return { state: 'invalid', errors: { [field]: err.message } }
  }
}

/** A period as the deadline calculator offers it: plain words, the term explained in one line, and what day starts it. */
export interface PeriodOption {
  rule: PeriodRule
  label: string
  explain: string
  startLabel: string
  /** the rule for a party without domicile in China (第二百八十三、二百八十五、二百八十六条), where it differs */
  abroad?: PeriodRule
  /** an appeal period: none after a small-claims judgment or ruling (一审终审, 第一百六十五条) */
  appeal?: boolean
}

export const PERIOD_OPTIONS: readonly PeriodOption[] = [
  {
    rule: 'appeal-judgment',
    label: '上诉期（判决）15日',
    explain: '上诉期：不服一审判决的，可以在收到判决书后15天内向上一级法院上诉',
    startLabel: '收到判决书的日期',
    abroad: 'appeal-abroad',
    appeal: true,
  },
  {
    rule: 'appeal-ruling',
    label: '上诉期（裁定）10日',
    explain: '裁定：法院对程序问题的决定（如不予受理、驳回起诉），不服的可以在收到后10天内上诉',
    startLabel: '收到裁定书的日期',
    abroad: 'appeal-abroad',
    appeal: true,
  },
  {
    rule: 'defence',
    label: '答辩期 15日',
    explain: '答辩期：被告收到起诉状后，可以在15天内提交书面意见',
    startLabel: '收到起诉状副本的日期',
    abroad: 'defence-abroad',
  },
  { rule: 'fee-payment', label: '交诉讼费 7日', explain: '交费期：收到法院交费通知后，应在7天内交纳诉讼费', startLabel: '收到交费通知的日期' },
  {
    rule: 'judicial-confirmation',
    label: '申请司法确认 30日',
    explain: '司法确认：调解协议生效后30天内，双方一起请法院确认协议有效，对方不履行时可以申请强制执行',
    startLabel: '调解协议生效的日期',
  },
  {
    rule: 'public-notice',
    label: '公告送达 30日',
    explain: '公告送达：找不到当事人时法院发公告，发出后满30天就算已经送达',
    startLabel: '公告发出的日期',
    abroad: 'public-notice-abroad',
  },
  { rule: 'filing-review', label: '法院立案审查 7日', explain: '立案审查期：法院收到起诉状后，应在7天内决定是否立案', startLabel: '法院收到起诉状的日期' },
  {
    rule: 'enforcement-application',
    label: '申请强制执行 2年',
    explain: '申请执行期间：对方不履行判决书、调解书的，从文书规定的履行期限最后一天起（没有规定期限的，从文书生效之日起）2年内可以申请法院强制执行',
    startLabel: '履行期限最后一天或文书生效的日期',
  },
]

/** For whom the period is counted: a party abroad, and whether the case is small claims. */
export interface DeadlineOptions {
  /** the party has no domicile in China (在中国境内没有住所) */
  abroad?: boolean
  /** the case is tried under the small-claims procedure */
  smallClaims?: boolean
}

/** The rule actually counted for an option and the deadline options: the abroad rule where there is one. */
export function periodRuleFor(rule: PeriodRule, opts: DeadlineOptions = {}): PeriodRule {
  const option = PERIOD_OPTIONS.find((o) => o.rule === rule)
  return opts.abroad && option?.abroad ? option.abroad : rule
}

const WEEKEND = ['星期日', '', '', '', '', '', '星期六']

/**
 * A start date as people type it — '2026-09-18', '2026/9/18', '2026.9.18', '2026年9月18日' —
 * as 'YYYY-MM-DD', or null when it is not a date shape at all (the domain then says whether the
 * day exists).
 *
 * @example
 * normalizeDateInput('2026年9月8日') // '2026-09-08'
 */
export function normalizeDateInput(text: string): string | null {
  const s = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim()
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s)
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null
}

export type DeadlineView =
  | { state: 'waiting' }
  | { state: 'invalid'; error: string }
  /** No such period here: a small-claims judgment or ruling cannot be appealed. */
  | { state: 'none'; message: string; article: string }
  | {
      state: 'ok'
      due: string
      /** '10月8日（星期四）' */
      dueText: string
      /** '2027年' when the due date is not in the current year, else null. */
      dueYear: string | null
      counting: string
      moved: string | null
      provisional: string | null
      article: string
    }

/**
 * The deadline calculator's answer for a period and a start date: the last day as people say it
 * (「10月8日（星期四）」, and the year apart when it is not `currentYear`), how it was counted, why
 * it moved (「10月3日为国庆节假期，顺延至10月8日」 or 「…为星期六，顺延至…」), and the
 * provisional warning for a year whose holidays are not yet published.
 *
 * For a party without domicile in China (`opts.abroad`) the defence, appeal and public-notice
 * periods are the 30 / 30 / 60 days of 第二百八十五、二百八十六、二百八十三条; in small claims
 * (`opts.smallClaims`) there is no appeal period at all (一审终审, 第一百六十五条), which the view says
 * instead of a date.
 *
 * @param currentYear the phone's current year; the year is shown only when the due date is in another
 * @param opts.abroad the party has no domicile in China; opts.smallClaims the case is small claims
 * @example
 * deadlineView('appeal-judgment', '2026-09-18', 2026)
 * // { state: 'ok', dueText: '10月8日（星期四）', dueYear: null, moved: '10月3日为国庆节假期，顺延至10月8日', provisional: null, … }
 * deadlineView('appeal-judgment', '2026-09-18', 2026, { smallClaims: true })
 * // { state: 'none', message: '小额诉讼案件一审终审，判决、裁定一经作出即生效，不能上诉', article: '《民事诉讼法》第一百六十五条' }
 */
export function deadlineView(ruleChosen: PeriodRule, fromText: string, currentYear: number, opts: DeadlineOptions = {}): DeadlineView {
  if (opts.smallClaims && PERIOD_OPTIONS.find((o) => o.rule === ruleChosen)?.appeal) {
    return { state: 'none', message: '小额诉讼案件一审终审，判决、裁定一经作出即生效，不能上诉', article: '《民事诉讼法》第一百六十五条' }
  }
  if (fromText.trim() === '') return { state: 'waiting' }
  const from = normalizeDateInput(fromText)
  if (!from) return { state: 'invalid', error: '日期请按“2026-09-18”这样的格式填写' }
  const rule = periodRuleFor(ruleChosen, opts)
  try {
    const r = dueDate({ rule, from })
    const dueYear = Number(r.due.slice(0, 4))
    let moved: string | null = null
    if (r.rolledFrom) {
      const { holiday } = isWorkday(r.rolledFrom)
      const why = holiday ? `${holiday}假期` : WEEKEND[weekdayOf(r.rolledFrom)] || '休息日'
      moved = `${monthDay(r.rolledFrom)}为${why}，顺延至${monthDay(r.due)}`
    }
    const unpublished: number[] = []
    for (let y = Number(from.slice(0, 4)); y <= dueYear; y++) if (!holidayTableFor(y)) unpublished.push(y)
    const unpublishedYears = unpublished.length > 0 ? unpublished.map((y) => `${y}年`).join('、') : '有关年份'
    const provisional = r.provisional ? `${unpublishedYears}放假安排尚未公布，此日期按惯例推算，仅供参考` : null
    const { days, years } = PERIOD_RULES[rule]
    return {
      state: 'ok',
      due: r.due,
      dueText: formatChineseDate(r.due),
      dueYear: dueYear === currentYear ? null : `${dueYear}年`,
      counting: years !== undefined ? `从${monthDay(from)}的第二天算起，满${years}年` : `从${monthDay(from)}的第二天算起，共${days}日`,
      moved,
      provisional,
      article: r.article,
    }
  } catch (err) {
    if (err instanceof DomainError) return { state: 'invalid', error: err.message }
    throw err
  }
}
