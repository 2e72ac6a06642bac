import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { emptyFilingData } from '../../../domain/filing/emptyFilingData'
import type { FilingKind } from '../../../domain/filing/types'
import type { Actor } from '../../auth/actor'
import { badRequest } from '../../errors'
import type { FilingRow } from '../../repositories/filings'
import type { FilingsContext } from './context'

/**
 * Starts a draft; the filer's own details come from the real-name profile. A draft of the same kind
 * and courts in which nothing was filled in yet (it holds exactly what a new one would) is taken up
 * again instead of adding another, so tapping 开始填写 twice leaves one draft, not two that look alike.
 */
export async function createFiling(ctx: FilingsContext, actor: Actor, input: { kind: FilingKind; courtId: string; targetCourtId?: string }) {
  const target = input.targetCourtId ?? input.courtId
  for (const [field, id] of [
    ['courtId', input.courtId],
    ['targetCourtId', target],
  ] as const) {
    if (!(await ctx.courts.byId(id))) throw badRequest('FILING_COURT_UNKNOWN', '没有找到这个法院，请重新选择', field)
  }
  const me = await ctx.users.byId(actor.sub)
  const filer = me?.real_name && me.id_number ? { name: me.real_name, idNumber: me.id_number, mobile: me.mobile ?? '', address: me.address ?? '' } : undefined
  const now = ctx.nowIso()
  const data_json = JSON.stringify(emptyFilingData(input.kind, input.courtId, target, filer))
  const fresh: unknown = JSON.parse(data_json)
  // Among the newest few: a blank draft left further back is not worth reading them all to find.
  const drafts = await ctx.filings.recentDraftsLike(actor.sub, input.kind, input.courtId, target, RECENT_DRAFTS)
  const untouched = drafts.find((d) => isDeepStrictEqual(JSON.parse(d.data_json), fresh))
  if (untouched) return ctx.view(await ctx.cases.load(untouched.id))
  const row: FilingRow = {
    ...BLANK,
    id: `f-${randomUUID()}`,
    filer_id: actor.sub,
    awaiting_reply_since: null,
    kind: input.kind,
    court_id: input.courtId,
    target_court_id: target,
    data_json,
    created_at: now,
    updated_at: now,
  }
  // In a transaction of its own, which the request's Idempotency-Key joins.
  await ctx.transact((trx) => ctx.filings.insert(row, trx))
  return ctx.view(row)
}

/** How many of the filer's newest drafts of the kind are looked through for a blank one. */
const RECENT_DRAFTS = 10

/** A draft knows nothing yet of numbers, fees, review or decisions. */
const BLANK = {
  status: 'draft',
  version: 0,
  agricultural: 0,
  filing_number: null,
  fee_json: null,
  submitted_at: null,
  review_started_on: null,
  forwarded_at: null,
  correction_json: null,
  decline_reason: null,
  case_number: null,
  procedure: null,
  judge_id: null,
  decided_at: null,
  decided_on: null,
  small_claims_json: null,
  agreed_periods_json: null,
} as const
