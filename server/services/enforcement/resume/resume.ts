import type { LeadInput, RecheckBody, ResumeBody } from '../../../../contract/enforcement'
import { enforcementApplicationPeriod } from '../../../../domain/enforcement/enforcementApplicationPeriod'
import { terminationRecheckSchedule } from '../../../../domain/enforcement/terminationRecheckSchedule'
import { FILING_DECIDERS, type Actor } from '../../../auth/actor'
import { orderedId } from '../../../db/ids'
import type { Q } from '../../../db/query'
import { badRequest, conflict, forbidden } from '../../../errors'
import { loadForApplicant, loadForCourt } from '../access'
import { leadFileRefs, leadRow, leadText, requireOwnFiles } from '../apply/apply'
import { periodView } from '../apply/eligible'
import { readJson, type EnforcementContext, type StoredParty, type StoredSource } from '../context'
import type { StoredClosure } from '../facts'
import { nodeRow, recordNode } from '../nodes/record'
import type { EnforcementCaseRow } from '../repository'
import { courtRules } from '../rules/courtRules'
import { caseView } from '../views/caseView'
import { words } from '../views/deadline'

const terminatedOn = (c: EnforcementCaseRow) => {
  const closure = readJson<StoredClosure>(c.closure_json)
  return closure?.mode === 'terminated-for-now' && c.closed_on ? c.closed_on : null
}

/** The 执恢 case already opened from `c` and not yet refused or closed, if any. */
async function openResumption(ctx: EnforcementContext, c: EnforcementCaseRow) {
  for (const r of await ctx.repo.resumedFrom(c.id)) {
    const row = await ctx.repo.caseById(r.id)
    if (row && !row.refused_on && !row.closed_on) return row
  }
  return undefined
}

/**
 * The rows of a new 执恢 case resumed from `old`, written in `q`: the same court, document and
 * parties; what is still owed (the amount less what was paid out); no application period (恢复执行
 * after 终本 has none: 《民诉法解释》第五百一十七条, 《终本规定》第九条); waiting in the 立案 queue,
 * where 立案 takes the next number of the court's 执恢 sequence. Its leads and first node are
 * stored with it; it joins a signed chain at 立案 like any application.
 */
async function insertResumption(
  ctx: EnforcementContext,
  actor: Actor,
  q: Q,
  old: EnforcementCaseRow,
  text: string,
  leads: LeadInput[],
  by: 'applicant' | 'court',
): Promise<string> {
  const today = ctx.today()
  const now = ctx.nowIso()
  const source = readJson<StoredSource>(old.source_json)!
  const parties = readJson<StoredParty[]>(old.parties_json) ?? []
  const paid = (await ctx.repo.receipts(old.id, q)).reduce((s, r) => s + Number(r.paid_fen), 0)
  const row: EnforcementCaseRow = {
    ...old,
    id: orderedId('ec'),
    case_type: '执恢',
    filing_id: null,
    amount_fen: Math.max(0, Number(old.amount_fen) - paid),
    received_on: today,
    period_json: JSON.stringify(periodView(enforcementApplicationPeriod({ from: source.performanceDueOn, on: today, resumingAfterTermination: true }))),
    refused_on: null,
    refusal_json: null,
    case_number: null,
    filed_on: null,
    team_id: null,
    handler_id: null,
    assigned_on: null,
    facts_json: '{}',
    closed_on: null,
    closure_json: null,
    resumed_from_id: old.id,
    version: 1,
    created_at: now,
    updated_at: now,
  }
  await ctx.repo.insertCase(q, row)
  await ctx.repo.insertParties(
    q,
    parties.flatMap((p, idx) => (p.idKey ? [{ case_id: row.id, idx, side: p.side, name: p.name, id_key: p.idKey }] : [])),
  )
  await ctx.repo.insertNode(q, nodeRow(ctx, actor, row.id, { kind: 'filing', on: today, text, detail: { application: true } }, false))
  for (const l of leads) {
    const lead = leadRow(row.id, l, by, actor.sub, today, now)
    await ctx.repo.insertLead(q, lead)
    await ctx.repo.insertNode(
      q,
      nodeRow(ctx, actor, row.id, { kind: 'lead-verification', on: today, text: leadText(l, by), detail: { targetId: lead.id } }, false),
    )
  }
  return row.id
}

/**
 * POST /enforcement/cases/:id/resume: the applicant of a case closed by 终本 applies to resume it
 * with new leads, at any time (no period applies; the court “应当恢复执行” once a lead is verified,
 * 《终本规定》第九条第一款). One 执恢 case at a time: while one waits or runs, another is refused.
 */
export async function resume(ctx: EnforcementContext, actor: Actor, id: string, body: ResumeBody) {
  const old = await loadForApplicant(ctx, actor, id)
  if (!terminatedOn(old)) throw conflict('ENFORCEMENT_STATE', '只有以“终结本次执行程序”结案的案件可以申请恢复执行')
  const open = await openResumption(ctx, old)
  if (open) throw conflict('ENFORCEMENT_ALREADY_APPLIED', '这件案件已经申请恢复执行，请在“我的执行案件”里查看新案件')
  await requireOwnFiles(ctx, actor, leadFileRefs(body.leads))
  const today = ctx.today()
  const text = `申请恢复执行（原案${old.case_number ?? ''}）：${body.reason}。等待法院立案审查`
  const newId = await recordNode(
    ctx,
    actor,
    old,
    { kind: 'closure', on: today, text: `申请执行人提交了${body.leads.length}条新的财产线索，申请恢复执行`, detail: {} },
    (q) => insertResumption(ctx, actor, q, old, text, body.leads, 'applicant'),
  )
  return caseView(ctx, newId, 'applicant')
}

/**
 * POST /court/enforcement/cases/:id/rechecks: one six-monthly 网络查控 after a 终本 (《终本规定》
 * 第九条第二款), by the court's judges and clerks, in order (第1次, 第2次 …), on a day after the
 * previous slot and not in the future, from a connector or typed in by hand. The applicant is told
 * the result. A found asset opens an 执恢 case at once (into the 立案 queue), unless one is open.
 */
export async function recordRecheck(ctx: EnforcementContext, actor: Actor, id: string, body: RecheckBody) {
  if (!FILING_DECIDERS.includes(actor.role)) throw forbidden('只有本院的法官或书记员可以登记复查结果')
  const { c, relation } = await loadForCourt(ctx, actor, id)
  const closedOn = terminatedOn(c)
  if (!closedOn) throw conflict('ENFORCEMENT_STATE', '只有以“终结本次执行程序”结案的案件需要定期复查')
  const connector = ctx.connectors.find((k) => k.id === (body.connector ?? 'manual'))
  if (!connector) throw badRequest('ENFORCEMENT_CONNECTOR_UNKNOWN', '请选择网络查控方式', 'connector')
  const schedule = terminationRecheckSchedule(closedOn, await courtRules(ctx, c.court_id))
  const slot = schedule.find((s) => s.index === body.number)
  if (!slot) throw badRequest('ENFORCEMENT_RECHECK_NUMBER', `终本后五年内共复查${schedule.length}次，请选择第1至${schedule.length}次`, 'number')
  const done = await ctx.repo.rechecks(c.id)
  if (done.some((r) => r.number === body.number)) throw conflict('ENFORCEMENT_STATE', `第${body.number}次复查已经登记过了`, 'number')
  if (body.number !== done.length + 1) throw badRequest('ENFORCEMENT_RECHECK_NUMBER', `请先登记第${done.length + 1}次复查`, 'number')
  const last = done.at(-1)?.done_on ?? slot.after
  if (body.on <= slot.after || body.on < last) throw badRequest('ENFORCEMENT_RECHECK_DAY', `第${body.number}次复查的日期应当在${words(slot.after)}之后`, 'on')
  if (body.on > ctx.today()) throw badRequest('ENFORCEMENT_RECHECK_DAY', '复查日期不能晚于今天', 'on')
  const open = body.found ? await openResumption(ctx, c) : undefined
  const result = body.found ? `发现可供执行的财产（${body.description}）` : `未发现可供执行的财产（${body.description}）`
  const resumes = body.found && !open
  const text = `第${body.number}次终本后财产复查（${words(body.on)}，${connector.name}）：${result}${resumes ? '，法院已依职权恢复执行' : open ? '，并入正在办理的恢复执行案件' : ''}`
  await recordNode(
    ctx,
    actor,
    c,
    { kind: 'termination-recheck', on: body.on, text, detail: { targetId: String(body.number), connector: connector.id } },
    async (q) => {
      const resumed = resumes
        ? await insertResumption(
            ctx,
            actor,
            q,
            c,
            `终本后第${body.number}次复查发现可供执行的财产，法院依职权恢复执行（原案${c.case_number ?? ''}）：${body.description}`,
            [],
            'court',
          )
        : (open?.id ?? null)
      await ctx.repo.insertRecheck(q, {
        case_id: c.id,
        number: body.number,
        done_on: body.on,
        found: body.found ? 1 : 0,
        description: body.description,
        resumed_case_id: body.found ? resumed : null,
      })
    },
  )
  return caseView(ctx, c.id, relation)
}
