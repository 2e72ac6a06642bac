import type { PageQuery } from '../../../../contract/common'
import type { AnswerComplaintBody, ComplaintBody, ComplaintView } from '../../../../contract/enforcement'
import { enforcementCaseState } from '../../../../domain/enforcement/enforcementCaseState'
import { COURT_READERS, type Actor } from '../../../auth/actor'
import { orderedId } from '../../../db/ids'
import { pageRequest } from '../../../db/page'
import { conflict, forbidden, notFound } from '../../../errors'
import { toFileInfo } from '../../files'
import { loadForCourt, loadVisible } from '../access'
import { requireOwnFiles } from '../apply/apply'
import type { EnforcementContext } from '../context'
import { caseFacts, loadBundle } from '../facts'
import { onChain, tellParty } from '../nodes/record'
import type { ComplaintRow } from '../repository'
import { courtRules } from '../rules/courtRules'
import { caseView } from '../views/caseView'
import { words } from '../views/deadline'
import { complaintView } from '../views/parts'

/** Complaints as the court and the complainant see them: names, files and both answer periods. */
async function views(ctx: EnforcementContext, rows: ComplaintRow[]): Promise<ComplaintView[]> {
  const people = new Map((await ctx.users.byIds([...new Set(rows.flatMap((k) => [k.complainant_id, k.answered_by ?? '']))])).map((u) => [u.id, u.display_name]))
  const files = new Map((await ctx.files.byIds([...new Set(rows.flatMap((k) => JSON.parse(k.file_ids_json) as string[]))])).map((f) => [f.id, toFileInfo(f)]))
  const today = ctx.today()
  const out: ComplaintView[] = []
  for (const k of rows) {
    const c = (await ctx.repo.caseById(k.case_id))!
    out.push(complaintView(k, await courtRules(ctx, c.court_id), today, c.case_number, people, files))
  }
  return out
}

/**
 * 执行信访: a party of the case (applicant or respondent) complains about how it is enforced, once
 * the court has decided on the application. It is registered on receipt (the 5-working-day
 * registration is met the same day) and both official answer periods run from that day
 * (complaintDeadlines: 30 days per 法〔2021〕227号, 30 working days per 法〔2021〕322号; the earlier
 * is the one the 督办 list alerts on). The complaint joins the case's signed record.
 */
export async function complain(ctx: EnforcementContext, actor: Actor, id: string, body: ComplaintBody) {
  const { c, relation } = await loadVisible(ctx, actor, id)
  if (relation !== 'applicant' && relation !== 'respondent') throw forbidden('只有本案的当事人可以反映执行问题')
  if (enforcementCaseState(caseFacts(await loadBundle(ctx.repo, c))) === 'applied')
    throw conflict('ENFORCEMENT_STATE', '法院还在审查执行申请，立案后才能反映执行中的问题；对审查有意见的，可以拨打12368', 'body')
  await requireOwnFiles(
    ctx,
    actor,
    body.fileIds.map((f, i) => ({ id: f, field: `fileIds[${i}]` })),
  )
  const today = ctx.today()
  const row: ComplaintRow = {
    id: orderedId('eq'),
    case_id: c.id,
    court_id: c.court_id,
    complainant_id: actor.sub,
    body: body.body,
    file_ids_json: JSON.stringify(body.fileIds),
    received_on: today,
    answered_on: null,
    reply: null,
    answered_by: null,
    created_at: ctx.nowIso(),
  }
  await onChain(ctx, actor, c, { kind: 'complaint', complaintId: row.id, on: today, text: `当事人反映执行问题：${body.body}` }, (q) =>
    ctx.repo.insertComplaint(q, row),
  )
  await ctx.audit.record({
    actorId: actor.sub,
    action: 'enforcement.complaint',
    subject: `enforcement:${c.id}`,
    detail: { complaintId: row.id },
    at: row.created_at,
  })
  return caseView(ctx, c.id, relation)
}

/**
 * GET /court/enforcement/complaints a page at a time: the court's complaints, unanswered first, the
 * oldest received first (the nearest answer deadline).
 */
export async function courtComplaints(ctx: EnforcementContext, actor: Actor, q: PageQuery = {}) {
  if (!actor.courtId || !COURT_READERS.includes(actor.role)) throw forbidden('只有法院工作人员可以查看')
  const { rows, next } = await ctx.repo.complaintsPage(actor.courtId, pageRequest(q, true))
  return { items: await views(ctx, rows), next }
}

/**
 * POST /court/enforcement/complaints/:id/answer: staff of the case's court answer a complaint once;
 * the reply joins the signed record and reaches the complainant's inbox (the case's thread) and
 * phone, with whether it kept the stricter period.
 */
export async function answerComplaint(ctx: EnforcementContext, actor: Actor, id: string, body: AnswerComplaintBody) {
  const k = await ctx.repo.complaintById(id)
  if (!k) throw notFound('ENFORCEMENT_COMPLAINT_NOT_FOUND', '找不到这件执行信访')
  const { c } = await loadForCourt(ctx, actor, k.case_id)
  if (k.answered_on) throw conflict('ENFORCEMENT_STATE', '这件执行信访已经答复过了，请刷新后查看')
  const today = ctx.today()
  const patch = { answered_on: today, reply: body.reply, answered_by: actor.sub }
  await onChain(ctx, actor, c, { kind: 'complaint-answer', complaintId: k.id, on: today, text: `法院答复执行信访：${body.reply}` }, async (q) => {
    if (!(await ctx.repo.answerComplaint(q, k.id, patch))) throw conflict('ENFORCEMENT_STATE', '这件执行信访已经答复过了，请刷新后查看')
  })
  await ctx.audit.record({
    actorId: actor.sub,
    action: 'enforcement.complaint-answered',
    subject: `enforcement:${c.id}`,
    detail: { complaintId: k.id },
    at: ctx.nowIso(),
  })
  await tellParty(ctx, actor, c, k.complainant_id, `您${words(k.received_on)}反映的问题，法院已答复：${body.reply}`, '执行信访答复')
  return (await views(ctx, [(await ctx.repo.complaintById(id))!]))[0]
}
