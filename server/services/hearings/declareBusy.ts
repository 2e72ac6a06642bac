import type { Actor } from '../../auth/actor'
import { type BusyRange, checkBusyRanges } from '../farm'
import { answerable, type PartyRow } from './access'
import type { HearingsContext } from './context'
import { requestView } from './requestView'

/** Their own dates belong in their own 农忙 profile; an agent's declaration stays with this request. */
async function isOwnDeclaration(ctx: HearingsContext, actor: Actor, party: PartyRow): Promise<boolean> {
  return actor.role === 'litigant' && (await ctx.cases.identityKey(actor)) === party.id_key
}

/** A party declares more days they cannot come and asks for new suggestions; kept in their 农忙 profile too. */
export async function declareBusy(ctx: HearingsContext, actor: Actor, requestId: string, ranges: Array<{ from: string; to: string; reason?: string }>) {
  const { r, c, party } = await answerable(ctx, actor, requestId)
  const busy = checkBusyRanges(ranges, ctx.today(), 'busy', true)
  const previous = (await ctx.repo.answers(r.id)).find((a) => a.party_idx === party.idx)
  const kept = previous?.kind === 'busy' ? (JSON.parse(previous.busy_json) as BusyRange[]) : []
  const at = ctx.nowIso()
  await ctx.repo.saveAnswer({
    request_id: r.id,
    party_idx: party.idx,
    user_id: actor.sub,
    kind: 'busy',
    date: null,
    half: null,
    judge_id: null,
    room_id: null,
    busy_json: JSON.stringify([...kept, ...busy]),
    answered_at: at,
  })
  if (await isOwnDeclaration(ctx, actor, party)) await ctx.farmService.addBusy(actor.sub, busy)
  await ctx.audit.record({
    actorId: actor.sub,
    action: 'hearing.busy-declared',
    subject: `filing:${c.row.id}`,
    detail: { request: r.id, party: party.name, busy },
    at,
  })
  return requestView(ctx, actor, requestId)
}
