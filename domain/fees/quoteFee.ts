import { DomainError } from '../errors'
import { formatYuan } from '../money/formatYuan'

/** The fee categories of 《诉讼费用交纳办法》 articles 8, 13 and 14. */
export type FeeKind =
  | 'property'
  | 'divorce'
  | 'personality-rights'
  | 'other-non-property'
  | 'ip'
  | 'labor'
  | 'administrative'
  | 'administrative-special'
  | 'jurisdiction-objection'
  | 'enforcement'
  | 'preservation'
  | 'payment-order'
  | 'public-summons'
  | 'arbitration-review'
  | 'bankruptcy'
  | 'special-procedure'

/** What {@link quoteFee} needs: the kind, and the amounts and reductions that apply to it. */
export interface FeeInput {
  kind: FeeKind
  /** Amount claimed / to enforce / preserved, or the bankruptcy estate, integer fen. */
  amountFen?: number
  /** 'simple' halves the acceptance fee (第十六条). */
  procedure?: 'ordinary' | 'simple'
  /** Mediated or withdrawn: halves the acceptance fee (第十五条). */
  mediatedOrWithdrawn?: boolean
  /** A counterclaim, or an independent third party's claim, heard together with the case: halves the acceptance fee (第十八条). */
  counterclaim?: boolean
  /** 追索劳动报酬的案件: the acceptance fee need not be paid in advance (第二十条第一款). */
  laborRemuneration?: boolean
  /** Divorce: total property to divide, integer fen. */
  propertyFen?: number
  /** Personality rights: damages claimed, integer fen. */
  damagesFen?: number
}

/** One component of a fee: a Chinese label, its amount in fen (negative for a reduction), its article. */
export interface FeeLine {
  label: string
  fen: number
  article: string
}

/**
 * A fee as a range in fen (equal ends for a fixed fee), the lines it is made of, and whether it
 * is paid in advance (预交) — with the article that says so.
 */
export interface FeeQuote {
  minFen: number
  maxFen: number
  lines: FeeLine[]
  prepay: { required: boolean; article: string }
}

const LAW = '《诉讼费用交纳办法》'
const WAN = 1_000_000 // 1万元 in fen
const YUAN = 100
/** Largest amount accepted (1万亿元): keeps amount × rate exact in double precision. */
const MAX_AMOUNT_FEN = 1e14

/** A cumulative band: the part of the amount above `fromFen` (up to `toFen`) pays `permille` ‰. */
interface Band {
  fromFen: number
  toFen?: number
  permille: number
}

const PROPERTY_BANDS: Band[] = [
  { fromFen: 1 * WAN, toFen: 10 * WAN, permille: 25 },
  { fromFen: 10 * WAN, toFen: 20 * WAN, permille: 20 },
  { fromFen: 20 * WAN, toFen: 50 * WAN, permille: 15 },
  { fromFen: 50 * WAN, toFen: 100 * WAN, permille: 10 },
  { fromFen: 100 * WAN, toFen: 200 * WAN, permille: 9 },
  { fromFen: 200 * WAN, toFen: 500 * WAN, permille: 8 },
  { fromFen: 500 * WAN, toFen: 1000 * WAN, permille: 7 },
  { fromFen: 1000 * WAN, toFen: 2000 * WAN, permille: 6 },
  { fromFen: 2000 * WAN, permille: 5 },
]
const ENFORCEMENT_BANDS: Band[] = [
  { fromFen: 1 * WAN, toFen: 50 * WAN, permille: 15 },
  { fromFen: 50 * WAN, toFen: 500 * WAN, permille: 10 },
  { fromFen: 500 * WAN, toFen: 1000 * WAN, permille: 5 },
  { fromFen: 1000 * WAN, permille: 1 },
]
const PRESERVATION_BANDS: Band[] = [
  { fromFen: 1000 * YUAN, toFen: 10 * WAN, permille: 10 },
  { fromFen: 10 * WAN, permille: 5 },
]
const DIVORCE_PROPERTY_BANDS: Band[] = [{ fromFen: 20 * WAN, permille: 5 }]
const DAMAGES_BANDS: Band[] = [
  { fromFen: 5 * WAN, toFen: 10 * WAN, permille: 10 },
  { fromFen: 10 * WAN, permille: 5 },
]
const PRESERVATION_CAP_FEN = 5000 * YUAN
const BANKRUPTCY_CAP_FEN = 30 * WAN

/** Half-up rounding of thousandths of a fen to whole fen (inputs are never negative). */
const roundMilli = (milli: number) => Math.floor((milli + 500) / 1000)
/** Half-up rounding of fen / divisor. */
const roundDiv = (fen: number, divisor: number) => Math.floor((2 * fen + divisor) / (2 * divisor))

/**
 * One line per band the amount reaches. Each line is the difference of the rounded running
 * totals, so the lines add up exactly to the fee rounded once (never off by a fen from summing
 * separately rounded parts).
 */
function bandLines(amountFen: number, bands: Band[], article: string): FeeLine[] {
  const lines: FeeLine[] = []
  let milli = 0
  let rounded = 0
  for (const band of bands) {
    if (amountFen <= band.fromFen) break
    const part = Math.min(amountFen, band.toFen ?? Infinity) - band.fromFen
    milli += part * band.permille
    const next = roundMilli(milli)
    const rate = `${band.permille / 10}%`
    const label =
      band.toFen === undefined
        ? `超过${formatYuan(band.fromFen)}的部分，按${rate}交纳`
        : `${formatYuan(band.fromFen)}至${formatYuan(band.toFen)}部分，按${rate}交纳`
    lines.push({ label, fen: next - rounded, article })
    rounded = next
  }
  return lines
}

const flat = (label: string, fen: number, article: string): FeeLine => ({ label, fen, article })

function checkFen(value: unknown, field: string, required: boolean): number | undefined {
  if (value === undefined || value === null) {
    if (required) throw new DomainError('FEE_AMOUNT_REQUIRED', '请填写金额', field)
    return undefined
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new DomainError('FEE_AMOUNT_INVALID', '金额不对：不能是负数，最多精确到分', field)
  }
  if (value > MAX_AMOUNT_FEN) throw new DomainError('FEE_AMOUNT_INVALID', '金额太大，请核对', field)
  return value
}

/** The property-case fee: 50 yuan up to 1万, then the cumulative bands of 第十三条第（一）项. */
function propertyLines(amountFen: number, article: string): FeeLine[] {
  return [flat('不超过1万元的，每件交纳50元', 50 * YUAN, article), ...bandLines(amountFen, PROPERTY_BANDS, article)]
}

interface Base {
  lines: FeeLine[]
  /** Extra over the lines' sum for the top of a ranged fee; 0 for a fixed fee. */
  spreadFen: number
  /** Arts 15/16 halve 案件受理费 only. */
  halvable: boolean
}

const fixed = (lines: FeeLine[], halvable = true): Base => ({ lines, spreadFen: 0, halvable })
const ranged = (minYuan: number, maxYuan: number, label: string, article: string, more: FeeLine[] = []): Base => ({
  lines: [flat(label, minYuan * YUAN, article), ...more],
  spreadFen: (maxYuan - minYuan) * YUAN,
  halvable: true,
})

function base(input: FeeInput): Base {
  const amount = checkFen(input.amountFen, 'amountFen', input.kind === 'property' || input.kind === 'payment-order' || input.kind === 'bankruptcy')
  switch (input.kind) {
    case 'property':
      return fixed(propertyLines(amount as number, `${LAW}第十三条第（一）项`))
    case 'divorce': {
      const article = `${LAW}第十三条第（二）项第1目`
      const property = checkFen(input.propertyFen, 'propertyFen', false) ?? 0
      return ranged(
        50,
        300,
        '离婚案件每件交纳50元至300元',
        article,
        bandLines(property, DIVORCE_PROPERTY_BANDS, article).map((l) => ({ ...l, label: `财产总额${l.label}` })),
      )
    }
    case 'personality-rights': {
      const article = `${LAW}第十三条第（二）项第2目`
      const damages = checkFen(input.damagesFen, 'damagesFen', false) ?? 0
      return ranged(
        100,
        500,
        '人格权案件每件交纳100元至500元',
        article,
        bandLines(damages, DAMAGES_BANDS, article).map((l) => ({ ...l, label: `赔偿金额${l.label}` })),
      )
    }
    case 'other-non-property':
      return ranged(50, 100, '其他非财产案件每件交纳50元至100元', `${LAW}第十三条第（二）项第3目`)
    case 'ip':
      return amount === undefined
        ? ranged(500, 1000, '知识产权案件没有争议金额的，每件交纳500元至1000元', `${LAW}第十三条第（三）项`)
        : fixed(propertyLines(amount, `${LAW}第十三条第（三）项、第（一）项`))
    case 'labor':
      return fixed([flat('劳动争议案件每件交纳10元', 10 * YUAN, `${LAW}第十三条第（四）项`)])
    case 'administrative':
      return fixed([flat('行政案件每件交纳50元', 50 * YUAN, `${LAW}第十三条第（五）项第2目`)])
    case 'administrative-special':
      return fixed([flat('商标、专利、海事行政案件每件交纳100元', 100 * YUAN, `${LAW}第十三条第（五）项第1目`)])
    case 'jurisdiction-objection':
      // Charged for the failed objection itself, not for how the case is tried or ends: no halving.
      return { ...ranged(50, 100, '管辖权异议不成立的，每件交纳50元至100元', `${LAW}第十三条第（六）项`), halvable: false }
    case 'enforcement':
    case 'preservation':
    case 'payment-order':
    case 'public-summons':
    case 'arbitration-review':
    case 'bankruptcy':
      return applicationBase(input.kind, amount)
    case 'special-procedure':
      return fixed([flat('依照特别程序审理的案件（含司法确认），不交纳案件受理费', 0, `${LAW}第八条第（一）项`)], false)
    default:
      throw new DomainError('FEE_KIND_UNKNOWN', `不认识的收费种类：${String((input as { kind: unknown }).kind)}`, 'kind')
  }
}

/** 申请费 (第十四条): paid for an application, never halved by the procedure (第十五条、第十六条 halve 案件受理费 only). */
function applicationBase(
  kind: 'enforcement' | 'preservation' | 'payment-order' | 'public-summons' | 'arbitration-review' | 'bankruptcy',
  amount: number | undefined,
): Base {
  switch (kind) {
    case 'enforcement': {
      const article = `${LAW}第十四条第（一）项`
      if (amount === undefined) {
        return { ...ranged(50, 500, '没有执行金额的，每件交纳50元至500元', article), halvable: false }
      }
      return fixed([flat('不超过1万元的，每件交纳50元', 50 * YUAN, article), ...bandLines(amount, ENFORCEMENT_BANDS, article)], false)
    }
    case 'preservation': {
      const article = `${LAW}第十四条第（二）项`
      const lines = [flat('不超过1000元或者不涉及财产数额的，每件交纳30元', 30 * YUAN, article), ...bandLines(amount ?? 0, PRESERVATION_BANDS, article)]
      const total = lines.reduce((s, l) => s + l.fen, 0)
      if (total > PRESERVATION_CAP_FEN) lines.push(flat('保全申请费最多不超过5000元', PRESERVATION_CAP_FEN - total, article))
      return fixed(lines, false)
    }
    case 'payment-order': {
      const lines = propertyLines(amount as number, `${LAW}第十三条第（一）项`)
      const full = lines.reduce((s, l) => s + l.fen, 0)
      lines.push(flat('申请支付令，按财产案件受理费的1/3交纳', roundDiv(full, 3) - full, `${LAW}第十四条第（三）项`))
      return fixed(lines, false)
    }
    case 'public-summons':
      return fixed([flat('申请公示催告，每件交纳100元', 100 * YUAN, `${LAW}第十四条第（四）项`)], false)
    case 'arbitration-review':
      return fixed([flat('申请撤销仲裁裁决或者认定仲裁协议效力，每件交纳400元', 400 * YUAN, `${LAW}第十四条第（五）项`)], false)
    case 'bankruptcy': {
      const article = `${LAW}第十四条第（六）项`
      const lines = propertyLines(amount as number, `${LAW}第十三条第（一）项`)
      const full = lines.reduce((s, l) => s + l.fen, 0)
      const half = roundDiv(full, 2)
      lines.push(flat('破产案件依据破产财产总额，按财产案件受理费标准减半交纳', half - full, article))
      if (half > BANKRUPTCY_CAP_FEN) lines.push(flat('破产案件申请费最高不超过30万元', BANKRUPTCY_CAP_FEN - half, article))
      return fixed(lines, false)
    }
  }
}
/**
 * Quotes the court fee of a case or application under 《诉讼费用交纳办法》 (2006), in integer fen.
 *
 * - property 财产案件 (第十三条第（一）项): 50元 up to 1万元, then cumulative bands — 1万–10万 2.5%,
 *   10万–20万 2%, 20万–50万 1.5%, 50万–100万 1%, 100万–200万 0.9%, 200万–500万 0.8%,
 *   500万–1000万 0.7%, 1000万–2000万 0.6%, above 2000万 0.5%. `amountFen` required.
 * - divorce 50–300元, plus 0.5% of divided property (`propertyFen`) above 20万 (第（二）项第1目);
 *   personality-rights 100–500元, plus damages (`damagesFen`) 5万–10万 1%, above 10万 0.5% (第2目);
 *   other-non-property 50–100元 (第3目).
 * - ip: with `amountFen` as property; without, 500–1000元 (第（三）项). labor 10元 (第（四）项).
 *   administrative 50元; administrative-special (trademark, patent, maritime) 100元 (第（五）项).
 *   jurisdiction-objection (objection failed) 50–100元 (第（六）项).
 * - Application fees (第十四条): enforcement — without amount 50–500元, else 50元 up to 1万, then
 *   1万–50万 1.5%, 50万–500万 1%, 500万–1000万 0.5%, above 1000万 0.1%; preservation — 30元 up to
 *   1000元 or without amount, then 1000元–10万 1%, above 10万 0.5%, at most 5000元; payment-order —
 *   one third of the property-case fee (`amountFen` required); public-summons 100元;
 *   arbitration-review (申请撤销仲裁裁决或者认定仲裁协议效力) 400元 (第（五）项); bankruptcy — half the
 *   property-case fee of the bankruptcy estate (`amountFen` required), at most 30万元 (第（六）项).
 * - special-procedure (incl. 司法确认): no fee (第八条第（一）项).
 *
 * Product rules: a ranged fee is returned as `minFen`–`maxFen` (a court's configuration, set by
 * its province under 第十三条 last paragraph, fixes the amount); a computed amount is rounded
 * half-up to the fen once; mediated/withdrawn (第十五条), simple procedure (第十六条) or a
 * counterclaim or independent third-party claim heard together (第十八条, `counterclaim`) halves
 * the acceptance fee (案件受理费, the art. 13 kinds except jurisdiction-objection) — only once, they
 * never stack, and the line cites simple procedure first, then the counterclaim, then mediation;
 * application fees (art. 14) and exempt cases ignore these flags. The halved fee is half of the
 * rounded full fee, rounded half-up, as a fee notice computes it.
 *
 * `prepay` (第二十条): acceptance fees are paid in advance (第一款), except in a 追索劳动报酬 case
 * (`laborRemuneration`: “可以不预交案件受理费”); application fees too (第二款), except enforcement
 * (“执行申请费执行后交纳”) and bankruptcy (“破产申请费清算后交纳”); a special-procedure case pays
 * nothing (第八条); the failed-jurisdiction-objection fee is charged once the objection fails
 * (第十三条第（六）项), so it is due, not waived.
 *
 * `lines`: one per component with a Chinese label and its article; adjustments (halving, the
 * 1/3 of a payment order, the preservation cap) are their own negative lines. Lines add up to
 * `minFen`; a ranged component's line carries its minimum and its label states the range.
 *
 * @param input.kind fee category
 * @param input.amountFen amount in dispute / to enforce / preserved, integer fen ≥ 0
 * @param input.procedure 'simple' halves (第十六条); default 'ordinary'
 * @param input.mediatedOrWithdrawn true halves (第十五条)
 * @param input.counterclaim true halves (第十八条)
 * @param input.laborRemuneration 追索劳动报酬: no prepayment (第二十条第一款)
 * @param input.propertyFen divorce: property to divide
 * @param input.damagesFen personality rights: damages claimed
 * @throws DomainError 'FEE_KIND_UNKNOWN', 'FEE_AMOUNT_REQUIRED', 'FEE_AMOUNT_INVALID', 'FEE_PROCEDURE_UNKNOWN'
 * @example
 * quoteFee({ kind: 'property', amountFen: 10_000_000 }) // 10万元 → { minFen: 230_000, maxFen: 230_000, lines: [50元, 2250元], prepay: { required: true, … } }
 * quoteFee({ kind: 'property', amountFen: 10_000_000, procedure: 'simple' }).minFen // 115_000 (1150元)
 * quoteFee({ kind: 'divorce' }) // { minFen: 5_000, maxFen: 30_000, … }
 * quoteFee({ kind: 'labor', laborRemuneration: true }).prepay // { required: false, article: '《诉讼费用交纳办法》第二十条第一款' }
 * quoteFee({ kind: 'bankruptcy', amountFen: 100_000_000 }).minFen // 690_000 (100万元 estate: 13800元 / 2)
 */
export function quoteFee(input: FeeInput): FeeQuote {
  if (!input || typeof input !== 'object') throw new DomainError('FEE_KIND_UNKNOWN', '请选择收费种类', 'kind')
  if (input.procedure !== undefined && input.procedure !== 'ordinary' && input.procedure !== 'simple') {
    throw new DomainError('FEE_PROCEDURE_UNKNOWN', `不认识的审理程序：${String(input.procedure)}`, 'procedure')
  }
  const { lines, spreadFen, halvable } = base(input)
  let minFen = lines.reduce((s, l) => s + l.fen, 0)
  let maxFen = minFen + spreadFen
  const halving = halvable && minFen > 0 ? halvingFor(input) : undefined
  if (halving) {
    const halfMin = roundDiv(minFen, 2)
    lines.push(flat(halving.label, halfMin - minFen, `${LAW}${halving.article}`))
    minFen = halfMin
    maxFen = roundDiv(maxFen, 2)
  }
  return { minFen, maxFen, lines, prepay: prepayFor(input.kind, halvable, input.laborRemuneration === true) }
}

/** The one halving that applies (they never stack): simple procedure, then a counterclaim, then mediation or withdrawal. */
function halvingFor(input: FeeInput): { label: string; article: string } | undefined {
  if (input.procedure === 'simple') return { label: '适用简易程序审理，减半交纳', article: '第十六条' }
  if (input.counterclaim === true) return { label: '反诉或者有独立请求权的第三人的请求合并审理，减半交纳', article: '第十八条' }
  if (input.mediatedOrWithdrawn === true) return { label: '以调解方式结案或者申请撤诉，减半交纳', article: '第十五条' }
  return undefined
}

/**
 * Whether the fee is paid in advance (第二十条): an acceptance fee by the plaintiff, the third
 * party, the appellant or the counterclaiming defendant, except in 追索劳动报酬 cases (第一款); an
 * application fee by the applicant, except enforcement (paid after enforcement) and bankruptcy
 * (after liquidation) (第二款); a case that pays none (第八条) has nothing to prepay.
 */
function prepayFor(kind: FeeKind, acceptanceFee: boolean, laborRemuneration: boolean): FeeQuote['prepay'] {
  if (kind === 'special-procedure') return { required: false, article: `${LAW}第八条第（一）项` }
  if (kind === 'enforcement' || kind === 'bankruptcy') return { required: false, article: `${LAW}第二十条第二款` }
  if (kind === 'jurisdiction-objection') return { required: true, article: `${LAW}第十三条第（六）项` }
  if (acceptanceFee) return { required: !laborRemuneration, article: `${LAW}第二十条第一款` }
  return { required: true, article: `${LAW}第二十条第二款` }
}
