import type { Actor } from '../../auth/actor'
import type { CasePartyRow } from '../../repositories/delivery'
import type { CaseRecord } from '../cases/caseKernel'
import { loadCase, requireStaff } from './access'
import { currentAddress } from './currentAddress'
import type { DeliveryContext } from './context'
import { smsOfDocuments } from './smsStatus'
import { documentViews } from './view'

/** One party as the clerk sees them: the address in force, and whether an account can receive in the app. */
async function partyStatus(ctx: DeliveryContext, { row: f, data }: CaseRecord, p: CasePartyRow) {
  const current = await currentAddress(ctx, f, p)
  const accounts = await ctx.delivery.accountsOf(p.id_key)
  return {
    idx: p.idx,
    side: p.side,
    name: p.name,
    address: current ? { ...current.address, source: current.source, confirmedAt: current.confirmedAt, version: current.version } : null,
    hasAccount: accounts.length > 0 || p.side === 'plaintiff',
    postalAddress: current?.address.postalAddress ?? data.parties[p.idx]?.address ?? '',
  }
}

/** One case for its court's staff: each party's consent and channels, every document with its delivered / opened / signed times and whether its SMS went out. */
export async function caseStatus(ctx: DeliveryContext, actor: Actor, caseId: string) {
  const f = await loadCase(ctx, caseId)
  requireStaff(ctx, actor, f)
  const record = ctx.cases.record(f)
  const parties = await ctx.delivery.parties(f.id)
  const docs = await documentViews(ctx, await ctx.delivery.documentsOfCase(f.id), new Map([[f.id, f.case_number!]]), false)
  const rooms = await ctx.courts.rooms(f.target_court_id)
  return {
    caseId: f.id,
    caseNumber: f.case_number!,
    procedure: f.procedure,
    parties: await Promise.all(parties.map((p) => partyStatus(ctx, record, p))),
    documents: docs,
    sms: await smsOfDocuments(
      ctx,
      docs.map((d) => d.id),
    ),
    rooms: rooms.map((r) => ({ id: r.id, name: r.name, kind: r.kind, address: r.address })),
  }
}
