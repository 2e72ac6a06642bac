import { assignmentDeadline } from '../../../domain/mediation/assignmentDeadline'
import { confirmationDeadline } from '../../../domain/mediation/confirmationDeadline'
import type { MediationAction } from '../../../domain/mediation/mediationLifecycle'
import { workdayCountdown } from '../../../domain/mediation/workdayCountdown'
import type { MediationBookingRow, MediationPartyRow, MediationRow } from '../../repositories/mediation'

const STATUS_TEXT: Record<MediationRow['status'], string> = {
  requested: '等待预约调解时间',
  declined: '调解员不予接受，请另选',
  scheduling: '等待确认调解时间',
  confirmed: '调解时间已确定',
  signing: '调解协议待签名',
  settled: '调解协议已生效',
  failed: '调解未成功',
  withdrawn: '已撤回',
}

export function statusText(m: MediationRow): string {
  if (m.status === 'failed' && m.outcome === 'refused') return '对方不同意调解'
  if (m.status === 'settled' && m.jc_filing_id) return '已申请司法确认'
  return STATUS_TEXT[m.status]
}

/** The one line a list row shows for what the viewer has to do, from the first action that asks for something. */
export const TODO: Partial<Record<MediationAction, string>> = {
  accept: '请同意调解时间或另约',
  sign: '请在调解协议上签名',
  'apply-jc': '可以申请司法确认',
  confirm: '请确认是否接受',
  'record-agreement': '调解后请记录结果',
  assign: '请指定调解员',
}

const ROLE_NAMES = { applicant: '申请人', respondent: '对方当事人' } as const

export const maskMobile = (m: string | null) => (m && m.length === 11 ? `${m.slice(0, 3)}****${m.slice(7)}` : m)

/** The mediator's 3 working days to accept (在线调解规则 art. 12), counted down until they do. */
export function confirmationOf(m: MediationRow, today: string) {
  if (!m.mediator_id || !m.received_on) return null
  const d = confirmationDeadline(m.received_on)
  return {
    due: d.due,
    provisional: d.provisional,
    article: d.article,
    confirmedAt: m.mediator_confirmed_at,
    countdown: m.mediator_confirmed_at ? null : workdayCountdown(today, d.due),
  }
}

/** The court's 3 working days to assign a mediator nobody chose (art. 10). */
export function assignmentOf(m: MediationRow, today: string) {
  if (m.mediator_id || !(m.status === 'requested' || m.status === 'declined')) return null
  const d = assignmentDeadline(m.requested_on)
  return { due: d.due, provisional: d.provisional, article: d.article, countdown: workdayCountdown(today, d.due) }
}

/** Whose agreement to the proposed session is still missing, by name. */
export function waitingFor(b: MediationBookingRow, parties: MediationPartyRow[]): string[] {
  const out: string[] = []
  for (const role of ['applicant', 'respondent'] as const) if (b[`${role}_ok`] === 0) out.push(parties.find((p) => p.role === role)?.name ?? ROLE_NAMES[role])
  if (b.mediator_ok === 0) out.push('调解员')
  return out
}
