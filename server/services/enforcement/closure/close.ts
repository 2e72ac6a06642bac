import { checkTerminationOfCurrentProcedure } from '../../../../domain/enforcement/checkTerminationOfCurrentProcedure'
import { CLOSURE_MODE_NAMES } from '../../../../domain/enforcement/types'
import type { CloseBody } from '../../../../contract/enforcement'
import type { Actor } from '../../../auth/actor'
import { AppError, conflict } from '../../../errors'
import { loadForCourt, loadForTeam } from '../access'
import type { EnforcementContext } from '../context'
import { caseFacts, loadBundle } from '../facts'
import { recordNode, saveCase } from '../nodes/record'
import { courtRules } from '../rules/courtRules'
import { caseView } from '../views/caseView'

/** The 终本 checklist for closing on `on` (today by default). */
async function check(ctx: EnforcementContext, c: Awaited<ReturnType<typeof loadForTeam>>, on: string) {
  const facts = caseFacts(await loadBundle(ctx.repo, c))
  return checkTerminationOfCurrentProcedure({ ...facts, filedOn: c.filed_on ?? c.received_on }, on, await courtRules(ctx, c.court_id))
}

export async function terminationCheck(ctx: EnforcementContext, actor: Actor, id: string) {
  const { c } = await loadForCourt(ctx, actor, id)
  const r = await check(ctx, c, ctx.today())
  return {
    ready: r.ok,
    conditions: r.conditions.map((k) => ({ ...k, id: String(k.id) })),
    gaps: r.missing.map((m) => ({ code: m.code, message: m.message, article: m.article, condition: String(m.condition) })),
  }
}

/** 结案 by one of the six modes (执行工作规定第六十四条); 终本 only with its checklist complete and the applicant heard. */
export async function closeCase(ctx: EnforcementContext, actor: Actor, id: string, body: CloseBody) {
  const c = await loadForTeam(ctx, actor, id)
  if (c.closed_on || !c.filed_on) throw conflict('ENFORCEMENT_STATE', '只有已立案、未结案的案件可以结案')
  if (body.mode === 'terminated-for-now') {
    const r = await check(ctx, c, body.on)
    if (!r.ok) {
      const problems = r.missing.map((m) => ({ code: m.code, field: 'mode', message: `${m.message}（${m.article}）` }))
      throw new AppError(
        409,
        'ENFORCEMENT_TERMINATION_INCOMPLETE',
        `还不能终结本次执行程序，缺少：${r.missing.map((m) => m.message).join('；')}`,
        'mode',
        problems,
      )
    }
  }
  const closure = { mode: body.mode, on: body.on, rulingNumber: body.rulingNumber ?? null, reason: body.reason }
  const text = `以“${CLOSURE_MODE_NAMES[body.mode]}”方式结案${body.rulingNumber ? `（${body.rulingNumber}）` : ''}：${body.reason}`
  await recordNode(ctx, actor, c, { kind: 'closure', on: body.on, text, detail: { document: body.rulingNumber } }, (q) =>
    saveCase(ctx, q, c, { closed_on: body.on, closure_json: JSON.stringify(closure) }),
  )
  return caseView(ctx, id, 'team')
}
