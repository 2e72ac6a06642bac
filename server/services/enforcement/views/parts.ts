import { complaintDeadlines } from '../../../../domain/enforcement/complaintDeadlines'
import { leadVerificationDeadline } from '../../../../domain/enforcement/leadVerificationDeadline'
import { payoutDeadline } from '../../../../domain/enforcement/payoutDeadline'
import type { EnforcementRules } from '../../../../domain/enforcement/rules'
import { seizureExpiry } from '../../../../domain/enforcement/seizureExpiry'
import { terminationRecheckSchedule } from '../../../../domain/enforcement/terminationRecheckSchedule'
import { ASSET_CATEGORY_NAMES, CONTROL_MEASURE_NAMES, PROPERTY_LEAD_KINDS, type PropertyLeadKind } from '../../../../domain/enforcement/types'
import type { ComplaintView, ControlView, LeadView, LedgerView, RecheckView } from '../../../../contract/enforcement'
import type { FileInfo } from '../../../../contract/files'
import type { ComplaintRow, ControlRow, LeadRow, LedgerRow, ReceiptRow, RecheckRow } from '../repository'
import { deadlineView, words } from './deadline'

const OUTCOME_TEXT = { found: '已查实，可以采取控制措施', 'not-found': '经核查，没有找到这项财产', 'not-disposable': '财产存在，但暂时不能处置' } as const

export function leadView(l: LeadRow, rules: EnforcementRules, today: string, files: Map<string, FileInfo>): LeadView {
  const kind = l.kind as PropertyLeadKind
  return {
    id: l.id,
    kind,
    kindName: PROPERTY_LEAD_KINDS[kind].name,
    description: l.description,
    location: l.location,
    urgent: l.urgent === 1,
    photos: (JSON.parse(l.photo_ids_json) as string[]).flatMap((id) => (files.has(id) ? [files.get(id)!] : [])),
    submittedOn: l.submitted_on,
    submittedBy: l.submitted_by,
    verification: deadlineView(leadVerificationDeadline({ submittedOn: l.submitted_on, urgent: l.urgent === 1 }, rules), today, l.verified_on),
    verifiedOn: l.verified_on,
    outcome: l.outcome,
    outcomeText: l.outcome ? OUTCOME_TEXT[l.outcome] : null,
    note: l.note,
  }
}

export function controlView(k: ControlRow, rules: EnforcementRules): ControlView {
  const renewals = JSON.parse(k.renewals_json) as Array<{ rulingNumber: string; effectiveOn: string; expiresOn?: string }>
  const term = seizureExpiry({ measure: k.measure, asset: k.asset, effectiveOn: k.effective_on, expiresOn: k.expires_on ?? undefined, renewals }, rules)
  // Each renewal's own last day, as seizureExpiry computes it for the term that renewal started.
  const renewalViews = renewals.map((r, i) => {
    const t = seizureExpiry(
      { measure: k.measure, asset: k.asset, effectiveOn: k.effective_on, expiresOn: k.expires_on ?? undefined, renewals: renewals.slice(0, i + 1) },
      rules,
    )
    return { rulingNumber: r.rulingNumber, effectiveOn: r.effectiveOn, expiresOn: t?.expiresOn ?? r.expiresOn ?? r.effectiveOn }
  })
  return {
    id: k.id,
    measure: k.measure,
    measureName: CONTROL_MEASURE_NAMES[k.measure],
    asset: k.asset,
    assetName: ASSET_CATEGORY_NAMES[k.asset],
    description: k.description,
    leadId: k.lead_id,
    rulingNumber: k.ruling_number,
    effectiveOn: k.effective_on,
    expiresOn: term?.expiresOn ?? null,
    renewBy: term && !k.ended_on ? term.renewalDue.due : null,
    renewals: renewalViews,
    endedOn: k.ended_on,
    amountFen: k.amount_fen === null ? null : Number(k.amount_fen),
    article: term ? `${term.renewalDue.article}` : '《民事诉讼法》第二百五十三条',
  }
}

export function ledgerView(
  receipts: ReceiptRow[],
  entries: LedgerRow[],
  rules: EnforcementRules,
  today: string,
  agricultural: boolean,
  account: string | null,
): LedgerView {
  let balance = 0
  const rows = entries.map((e) => {
    balance += e.direction === 'in' ? Number(e.amount_fen) : -Number(e.amount_fen)
    return {
      id: e.id,
      direction: e.direction,
      on: e.on_day,
      amountFen: Number(e.amount_fen),
      counterparty: e.counterparty,
      receiptId: e.direction === 'out' ? e.receipt_id : null,
      note: e.note,
      balanceFen: balance,
    }
  })
  const received = receipts.reduce((s, r) => s + Number(r.amount_fen), 0)
  const paid = receipts.reduce((s, r) => s + Number(r.paid_fen), 0)
  return {
    account,
    receivedFen: received,
    paidFen: paid,
    heldFen: received - paid,
    entries: rows,
    receipts: receipts.map((r) => {
      const { deadline, target } = payoutDeadline(r.received_on, rules, agricultural)
      return {
        id: r.id,
        receivedOn: r.received_on,
        amountFen: Number(r.amount_fen),
        payer: r.payer,
        payout: deadlineView(target && target.due < deadline.due ? target : deadline, today, r.paid_on),
        paidFen: Number(r.paid_fen),
        paidOn: r.paid_on,
      }
    }),
  }
}

export function recheckViews(terminatedOn: string, done: RecheckRow[], rules: EnforcementRules, today: string): RecheckView[] {
  return terminationRecheckSchedule(terminatedOn, rules).map((due) => {
    const r = done.find((x) => x.number === due.index)
    const text = r
      ? `${words(r.done_on)}网络查控：${r.found === 1 ? `发现可供执行的财产（${r.description}），已恢复执行` : `未发现可供执行的财产（${r.description}）`}`
      : `第${due.index}次复查应在${words(due.due)}前进行`
    return {
      number: due.index,
      due: deadlineView(due, today, r?.done_on),
      doneOn: r?.done_on ?? null,
      found: r ? r.found === 1 : null,
      text,
      resumedCaseId: r?.resumed_case_id ?? null,
    }
  })
}

export function complaintView(
  k: ComplaintRow,
  rules: EnforcementRules,
  today: string,
  caseNumber: string | null,
  names: Map<string, string>,
  files: Map<string, FileInfo>,
): ComplaintView {
  const d = complaintDeadlines({ receivedOn: k.received_on }, rules)
  return {
    id: k.id,
    caseId: k.case_id,
    caseNumber,
    body: k.body,
    complainantName: names.get(k.complainant_id) ?? '当事人',
    receivedOn: k.received_on,
    registration: deadlineView(d.registration, today, k.received_on),
    answers: d.answers.map((a) => ({ name: a.name, deadline: deadlineView(a, today, k.answered_on), stricter: a === d.stricter })),
    conflict: d.conflict,
    answeredOn: k.answered_on,
    reply: k.reply,
    answeredBy: k.answered_by ? (names.get(k.answered_by) ?? '执行法官') : null,
    files: (JSON.parse(k.file_ids_json) as string[]).flatMap((id) => (files.has(id) ? [files.get(id)!] : [])),
  }
}
