import type { Actor } from '../../auth/actor'
import { badRequest, conflict, forbidden } from '../../errors'
import type { FilingRow } from '../../repositories/filings'
import { namedParties, type CaseParty } from '../cases/namedParties'
import type { MediationContext } from './context'

/**
 * The accepted case an in-case mediation is asked for, and the other side in it. The case kernel
 * decides whether the actor is a party (by verified ID, or as its filer) and reads the parties
 * from the filing's checked data.
 */
export async function caseOf(ctx: MediationContext, actor: Actor, filingId: string): Promise<{ f: FilingRow; other: CaseParty }> {
  const f = await ctx.filings.byId(filingId)
  if (!f) throw badRequest('MEDIATION_CASE_UNKNOWN', '找不到这个案件，请重新选择', 'filingId')
  if (f.status !== 'accepted') throw conflict('MEDIATION_CASE_NOT_ACCEPTED', '这个案件还没有立案，立案后才能申请诉中调解；也可以申请诉前调解', 'filingId')
  const parties = namedParties(ctx.cases.record(f).data)
  const mine = await ctx.cases.partyOf(actor, f, parties)
  if (!mine && f.filer_id !== actor.sub) throw forbidden('您不是这个案件的当事人')
  // The filer is on the plaintiff's side unless the case names them elsewhere.
  const mySide = mine?.side ?? 'plaintiff'
  const other = parties.find((p) => p.side !== mySide && p.side !== 'third-party')
  if (!other) throw badRequest('MEDIATION_CASE_NO_OTHER_SIDE', '案件里找不到对方当事人', 'filingId')
  return { f, other }
}
