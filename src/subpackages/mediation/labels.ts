import { DomainError } from '@domain/errors'
import { parseYuan } from '@domain/money/parseYuan'
import type { MediationStatus } from '../../api/mediation'

export type Tone = 'grey' | 'blue' | 'orange' | 'green' | 'red'

/** The colour of a status; the words always come with it (statusText from the server). */
export const STATUS_TONE: Record<MediationStatus, Tone> = {
  requested: 'orange',
  declined: 'red',
  scheduling: 'orange',
  confirmed: 'blue',
  signing: 'orange',
  settled: 'green',
  failed: 'grey',
  withdrawn: 'grey',
}

export const STAGE_LABEL = { 'pre-filing': '诉前调解', 'in-case': '诉中调解' } as const
export const ROLE_LABEL = { applicant: '申请人', respondent: '对方当事人', mediator: '调解员', staff: '法院' } as const

export const OUTCOME_LABEL = {
  agreement: '达成调解协议',
  'no-agreement': '未达成协议',
  withdrawn: '撤回调解',
  refused: '对方不同意调解',
} as const

/** Yuan as typed ('86500', '8.65万') to integer fen by the domain's money rule; null when empty or not an amount. */
export function yuanToFen(text: string): number | null {
  if (!text.trim()) return null
  try {
    return parseYuan(text)
  } catch (err) {
    if (err instanceof DomainError) return null
    throw err
  }
}

/** The history's actions in plain words. */
export const HISTORY_LABEL: Record<string, string> = {
  'mediation.requested': '申请调解',
  'mediation.assigned': '法院指定调解员',
  'mediation.booked': '预约调解时间',
  'mediation.rescheduled': '另约调解时间',
  'mediation.accepted': '同意调解时间',
  'mediation.confirmed': '调解员确认',
  'mediation.declined': '调解员不予接受',
  'mediation.outcome-agreement': '记录调解协议',
  'mediation.outcome-no-agreement': '记录调解不成',
  'mediation.outcome-withdrawn': '记录撤回',
  'mediation.withdrawn': '申请人撤回',
  'mediation.refused': '对方不同意调解',
  'mediation.signed': '在协议上签名',
  'mediation.agreement-effective': '调解协议生效',
  'mediation.jc-applied': '申请司法确认',
  'mediation.jc-filed': '司法确认申请已提交法院',
  'mediation.to-filing': '转为网上立案',
}

/** `slot-20261126-0900`: an id a test or a screen reader can point at. */
export const slotId = (s: { date: string; start: string }) => `slot-${s.date.replace(/-/g, '')}-${s.start.replace(':', '')}`
