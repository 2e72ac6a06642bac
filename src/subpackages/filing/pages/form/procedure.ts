/**
 * Which procedure a lawsuit is filed for, and why, from the small-claims rule (《民事诉讼法》
 * 第一百六十五—一百六十六条): pure, so the form, its steps and the tests share one answer.
 */
import { causeOfAction } from '@domain/causes/causesOfAction'
import { feeCategoryForCause } from '@domain/fees/feeCategoryForCause'
import { claimedAmountFen } from '@domain/filing/filingFee'
import type { FilingData, Procedure } from '@domain/filing/types'
import type { AverageWageEntry } from '@domain/smallClaims/averageWageFor'
import { smallClaimsProcedure, type SmallClaimsDecision } from '@domain/smallClaims/smallClaimsProcedure'

/** The average wage used, and whether it is the previous year's own figure. */
export type WageUsed = AverageWageEntry & { previousYear: boolean }

/** What the wage lookup knows: still looking, no figure for the court's province, or the figure. */
export type WageState = { state: 'looking' } | { state: 'none' } | { state: 'found'; wage: WageUsed; fromCourt: boolean }

export type SmallClaimsView =
  /** not a lawsuit, so no procedure to choose */
  | { state: 'not-civil' }
  /** the court or an amount is not known yet: nothing changes */
  | { state: 'waiting' }
  /** no average wage for the court's province: the court decides at filing */
  | { state: 'no-wage' }
  | {
      state: 'decided'
      decision: SmallClaimsDecision
      wage: WageUsed
      /** whether small claims is possible at all before the appraisal and whereabouts answers: ask them only then */
      askConditions: boolean
      /** the amount is between half and twice the wage: only both parties' agreement makes it small claims */
      askAgreed: boolean
    }

/**
 * The small-claims decision for a filing as it stands: its cause, total claimed, parties abroad and
 * the filer's answers (agreed, appraisal, whereabouts unknown), against the court's average wage.
 *
 * @example
 * smallClaimsView(filing with 3万 claimed under 民间借贷纠纷, { state: 'found', wage: 内蒙古 2023 }) // decided: small-claims, mandatory
 */
export function smallClaimsView(data: FilingData, wage: WageState): SmallClaimsView {
  if (data.kind !== 'civil-first') return { state: 'not-civil' }
  if (data.claims.some((c) => c.amountFen !== undefined && (!Number.isSafeInteger(c.amountFen) || c.amountFen < 0))) return { state: 'waiting' }
  if (wage.state === 'looking') return { state: 'waiting' }
  if (wage.state === 'none') return { state: 'no-wage' }
  const base = {
    amountFen: claimedAmountFen(data),
    averageWageFen: wage.wage.wageFen,
    cause: data.cause ?? '',
    abroad: data.parties.some((p) => p.abroad === true),
  }
  const answers = data.smallClaims ?? {}
  try {
    const decision = smallClaimsProcedure({ ...base, ...answers })
    const unasked = smallClaimsProcedure(base)
    const askConditions = unasked.procedure === 'small-claims' || !unasked.mandatory
    return {
      state: 'decided',
      decision,
      wage: wage.wage,
      askConditions,
      askAgreed: !unasked.mandatory && answers.appraisal !== true && answers.whereaboutsUnknown !== true,
    }
  } catch {
    return { state: 'waiting' }
  }
}

/**
 * The procedure the filing states: small claims when the rule makes it so (by law, or by the
 * parties' agreement), else simple procedure unless the filer chose ordinary. Without a decision yet
 * the choice stays as it is, and small claims is never kept where no wage figure can back it.
 */
export function procedureFollowing(data: FilingData, view: SmallClaimsView): Procedure {
  if (view.state === 'not-civil' || view.state === 'waiting') return data.procedure
  if (view.state === 'decided' && view.decision.procedure === 'small-claims') return 'small-claims'
  return data.procedure === 'ordinary' ? 'ordinary' : 'simple'
}

/** Province-level abbreviations of court codes (内0784) and their 2-digit codes (GB/T 2260); 贵 and 云 as printed beside 黔 and 滇. */
const PROVINCE_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  '京11 津12 冀13 晋14 内15 辽21 吉22 黑23 沪31 苏32 浙33 皖34 闽35 赣36 鲁37 豫41 鄂42 湘43 粤44 桂45 琼46 渝50 川51 黔52 贵52 滇53 云53 藏54 陕61 甘62 青63 宁64 新65'
    .split(' ')
    .map((s) => [s.charAt(0), s.slice(1)]),
)

/**
 * The province of a court from its code (内0784 → '15'); null for the Supreme Court and for the
 * 兵团 courts, whose threshold is not one province's figure.
 */
export function provinceOfCourtCode(code: string): string | null {
  return PROVINCE_CODES[code.charAt(0)] ?? null
}

/** What the amount of a claim is, by the cause's fee category (《诉讼费用交纳办法》第十三条). */
export function claimAmountLabel(cause: string | undefined): string {
  const kind = cause ? feeCategoryForCause(cause) : 'property'
  if (kind === 'divorce') return '要分割的财产（元，没有可不填）'
  if (kind === 'personality-rights') return '要求赔偿的金额（元，没有可不填）'
  return '请求金额（元，没有可不填）'
}

/** The chosen cause as the list carries it, for its hint. */
export const chosenCause = (data: FilingData) => (data.cause ? causeOfAction(data.cause) : undefined)
