import type { Actor } from '../../auth/actor'
import { AppError } from '../../errors'
import type { HearingRow } from '../../repositories/hearings'
import type { HearingsContext } from './context'
import type { SummonsResult } from './hearingView'
import { HALF_DAY_TIMES } from './labels'
import type { PartyPlan } from './partyPlans'

/**
 * Serves the 传票 of a booked hearing through e-service, one party at a time, so one party
 * without consent does not hold up the others: a refusal (an AppError) lists that party for paper
 * service with e-service's reason.
 */
export async function serveSummons(ctx: HearingsContext, actor: Actor, parties: PartyPlan[], h: HearingRow): Promise<SummonsResult[]> {
  const summons: SummonsResult[] = []
  for (const p of parties) {
    const base = { partyIdx: p.row.idx, name: p.row.name, side: p.row.side }
    try {
      const out = await ctx.service.issue(actor, {
        caseId: h.case_id,
        kind: 'summons',
        recipients: [p.row.idx],
        hearing: { date: h.date, time: HALF_DAY_TIMES[h.half], roomId: h.room_id },
      })
      summons.push({ ...base, status: 'electronic', documentId: out.documents[0]?.id ?? null, message: '传票已电子送达' })
    } catch (err) {
      if (!(err instanceof AppError)) throw err
      summons.push({ ...base, status: 'paper', documentId: null, message: err.message })
    }
  }
  return summons
}
