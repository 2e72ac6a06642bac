import type { Actor } from '../../auth/actor'
import { isUniqueViolation } from '../../db/errors'
import { orderedId } from '../../db/ids'
import { conflict } from '../../errors'
import { loadCase, refuseSecondHearing, requireScheduler } from './access'
import { caseView } from './caseView'
import type { HearingsContext } from './context'
import { partyMessages, sendAll } from './tellParties'

const ASKING = '已经在请当事人选择开庭日期了，请等待他们的回复'

/** 请当事人选择: opens a request the parties answer in the app, and tells them by SMS and WeChat. */
export async function ask(ctx: HearingsContext, actor: Actor, caseId: string) {
  const c = await loadCase(ctx, caseId)
  const f = c.row
  requireScheduler(ctx, actor, c)
  await refuseSecondHearing(ctx, f.id)
  if (await ctx.repo.openRequest(f.id)) throw conflict('HEARING_REQUEST_OPEN', ASKING)
  const at = ctx.nowIso()
  const id = orderedId('hr')
  const messages = await partyMessages(
    ctx,
    f,
    'hearing-request',
    (name) => `${name}您好：法院请您为${f.case_number}案件选择开庭日期，已避开您申报的农忙时节。请在微信中打开“移动微法院”小程序，点“选择开庭日期”。`,
  )
  // The request, its history line and the messages to the parties commit together or not at all.
  try {
    await ctx.transact(async (trx) => {
      await ctx.repo.insertRequest(
        { id, case_id: f.id, court_id: f.target_court_id, status: 'open', requested_by: actor.sub, requested_at: at, closed_at: null, hearing_id: null },
        trx,
      )
      await ctx.audit.record({ actorId: actor.sub, action: 'hearing.requested', subject: `filing:${f.id}`, detail: { request: id }, at }, trx)
      await sendAll(ctx, messages, trx)
    })
  } catch (err) {
    // Two clicks at once: the unique index on a case's open request lets one in.
    if (isUniqueViolation(err)) throw conflict('HEARING_REQUEST_OPEN', ASKING)
    throw err
  }
  return caseView(ctx, c)
}
