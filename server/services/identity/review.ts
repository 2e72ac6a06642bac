import { validateResidentId } from '../../../domain'
import type { Actor } from '../../auth/actor'
import { badRequest, conflict } from '../../errors'
import { maskIdNumber } from '../profile/view'
import type { IdentityContext } from './context'
import { applyDecision } from './decide'

export const QUEUE_DEFAULT = 20
export const QUEUE_MAX = 100

const badCursor = () => badRequest('IDENTITY_CURSOR_INVALID', '翻页位置不对，请从第一页重新查看', 'cursor')

/** The cursor is the last row's place in the queue's order (submitted at, user id), opaque to the client. */
const encodeCursor = (submittedAt: string, userId: string) => Buffer.from(JSON.stringify([submittedAt, userId])).toString('base64url')
function decodeCursor(cursor: string): { submittedAt: string; userId: string } {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { submittedAt: v[0], userId: v[1] }
  } catch {
    // falls through to the 400
  }
  throw badCursor()
}

/** The court's queue: people related to it whose photos wait for review, oldest first. */
export async function reviewQueue(ctx: IdentityContext, actor: Actor, q: { cursor?: string; limit?: number }) {
  const limit = Math.min(QUEUE_MAX, Math.max(1, q.limit ?? QUEUE_DEFAULT))
  const after = q.cursor ? decodeCursor(q.cursor) : null
  if (!actor.courtId) return { items: [], nextCursor: null }
  const rows = await ctx.idCards.queue(actor.courtId, limit + 1, after)
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  return {
    items: page.map((r) => ({
      userId: r.user_id,
      realName: r.real_name,
      idNumberMasked: r.id_number ? maskIdNumber(r.id_number) : null,
      submittedAt: r.submitted_at,
      reviewReason: r.review_reason,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.submitted_at, last.user_id) : null,
  }
}

/** What a clerk compares: the full details and the photos, through five-minute links for this clerk. */
export async function reviewOf(ctx: IdentityContext, actor: Actor, userId: string) {
  const u = await ctx.person(actor, userId)
  const card = await ctx.idCards.byUser(u.id)
  const parsed = u.id_number ? validateResidentId(u.id_number) : null
  const decider = card?.decided_by ? await ctx.users.byId(card.decided_by) : undefined
  return {
    userId: u.id,
    realName: u.real_name,
    idNumber: u.id_number,
    birthDate: parsed?.ok ? parsed.birthDate : null,
    sex: parsed?.ok ? parsed.sex : null,
    address: u.address,
    mobile: u.mobile,
    realNameStatus: u.real_name_status,
    reviewReason: u.real_name_status === 'submitted' ? u.review_reason : null,
    photos: card
      ? {
          front: await ctx.photoLink(actor, card.front_file_id),
          back: await ctx.photoLink(actor, card.back_file_id),
          holding: card.holding_file_id ? await ctx.photoLink(actor, card.holding_file_id) : null,
          submittedAt: card.submitted_at,
        }
      : null,
    decidedAt: card?.decided_at ?? null,
    decidedBy: decider ? decider.display_name : card?.decided_by ? '系统' : null,
    rejectReason: u.real_name_status === 'rejected' ? (card?.reject_reason ?? null) : null,
  }
}

/**
 * A clerk confirms the photos match the name and number. A rejected person may be verified (the
 * clerk looked again); a verified one is left as it is, so a second tap changes nothing.
 */
export async function verifyPerson(ctx: IdentityContext, actor: Actor, userId: string) {
  const u = await ctx.person(actor, userId)
  if (u.real_name_status !== 'verified') {
    if (!(await ctx.idCards.byUser(u.id))) throw conflict('IDENTITY_NO_PHOTOS', '这个人还没有上传身份证照片，不能核验')
    if (!(await applyDecision(ctx, { sub: actor.sub, method: 'manual' }, u.id, { verified: true }))) {
      throw conflict('IDENTITY_CHANGED', '这个人的实名信息刚刚有变化，请重新打开后再核验')
    }
  }
  return reviewOf(ctx, actor, userId)
}

/**
 * A clerk sends the details back with the reason the party reads. A verified identity is not
 * taken back here: cases and documents already rest on it.
 */
export async function rejectPerson(ctx: IdentityContext, actor: Actor, userId: string, input: { reason: string }) {
  const reason = input.reason.trim()
  if (reason.length < 2) throw badRequest('IDENTITY_REASON_REQUIRED', '请写明退回的原因，当事人会看到它', 'reason')
  const u = await ctx.person(actor, userId)
  if (u.real_name_status === 'verified') throw conflict('IDENTITY_ALREADY_VERIFIED', '这个人已经通过实名认证，不能再退回')
  if (!(await ctx.idCards.byUser(u.id))) throw conflict('IDENTITY_NO_PHOTOS', '这个人还没有上传身份证照片，不能核验')
  if (!(await applyDecision(ctx, { sub: actor.sub, method: 'manual' }, u.id, { reason }))) {
    throw conflict('IDENTITY_CHANGED', '这个人的实名信息刚刚有变化，请重新打开后再核验')
  }
  return reviewOf(ctx, actor, userId)
}
