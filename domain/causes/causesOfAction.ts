import data from '../data/causes-of-action.json'
import type { FeeKind } from '../fees/quoteFee'

/** The fee categories a cause of action can lead to (《诉讼费用交纳办法》第十三条). */
export type CauseFeeKind = Extract<FeeKind, 'property' | 'divorce' | 'personality-rights' | 'labor' | 'ip'>

/**
 * Why 《民事诉讼法》第一百六十六条第（一）项 keeps a cause out of small claims: a 人身关系 case
 * ('personal-relation') or a 财产确权 case ('ownership').
 */
export type SmallClaimsExclusion = 'personal-relation' | 'ownership'

/** One cause of action (案由) as the filing's picker offers it. */
export interface CauseOfAction {
  /** the name in 《民事案件案由规定》, e.g. '劳务合同纠纷' */
  name: string
  /** the part of the 案由规定 it belongs to, e.g. '合同、准合同纠纷' */
  group: string
  /** its fee category: 'property' means by amount, or other non-property without one */
  fee: CauseFeeKind
  /** one of the causes rural and pastoral parties file most, shown before any search */
  common: boolean
  /** one plain-Chinese sentence saying which dispute this is, and how its fee is counted */
  hint: string
  /** words people use for such a dispute, for the search */
  keywords: string[]
  smallClaims?: SmallClaimsExclusion
  /** fee relief the cause qualifies for, in plain Chinese */
  relief?: string
  /** why the fee category is what it is, where courts differ */
  note?: string
}

/** The shipped causes in picker order (common ones first), and where names and fee categories come from. */
export const CAUSES_OF_ACTION: { source: string; causes: readonly CauseOfAction[] } = data as { source: string; causes: CauseOfAction[] }

const BY_NAME = new Map(CAUSES_OF_ACTION.causes.map((c) => [c.name, c]))

/**
 * The shipped entry of a cause of action, by its 《民事案件案由规定》 name. Surrounding spaces are
 * ignored and a name typed without the closing 纠纷 ('民间借贷') is read as the cause ('民间借贷纠纷').
 *
 * @param name e.g. '劳务合同纠纷'
 * @returns the entry, or undefined for a cause the list does not carry
 * @example
 * causeOfAction('追索劳动报酬纠纷')?.fee // 'labor'
 * causeOfAction('民间借贷')?.name // '民间借贷纠纷'
 */
export function causeOfAction(name: string): CauseOfAction | undefined {
  if (typeof name !== 'string') return undefined
  const trimmed = name.trim()
  return BY_NAME.get(trimmed) ?? BY_NAME.get(`${trimmed}纠纷`)
}
