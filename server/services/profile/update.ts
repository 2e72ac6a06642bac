import { validateMobile, validatePersonName, validateResidentId } from '../../../domain'
import type { Actor } from '../../auth/actor'
import { badRequest } from '../../errors'
import type { UserRow } from '../../repositories/users'
import type { ProfileContext } from './context'
import { getProfile } from './view'

export interface ProfileInput {
  realName: string
  idNumber: string
  /** only the number the account already has: a new one is confirmed by SMS code (POST /me/mobile/code) */
  mobile?: string
  address?: string
}

/** Which of the identifying fields a change touches; a verified profile changed in either goes back to review. */
function reviewReasonOf(u: UserRow, realName: string, idNumber: string): UserRow['review_reason'] {
  const name = u.real_name !== realName
  const id = (u.id_number ?? '').toUpperCase() !== idNumber
  return name && id ? 'name-and-id-number' : name ? 'name' : id ? 'id-number' : null
}

/**
 * The real-name profile (在线诉讼规则 art. 7). The ID is checked here with the domain rule;
 * verification is a separate step (the ID card photos, POST /me/id-card, reviewed by a clerk or
 * an IdentityVerifier) that leaves the status at `submitted` until it is decided. A profile the
 * court rejected is resubmitted by correcting it. A
 * verified identity whose name or ID number changes is no longer the one verified: it goes back
 * to review, and until then it is nobody's party by ID number.
 */
export async function updateProfile(ctx: ProfileContext, actor: Actor, input: ProfileInput) {
  const realName = input.realName.trim()
  const name = validatePersonName(realName)
  if (!name.ok) throw badRequest('PROFILE_NAME_INVALID', name.reason ?? '姓名请填写身份证上的名字', 'realName')
  const idNumber = input.idNumber.trim().toUpperCase()
  const id = validateResidentId(idNumber, ctx.today())
  if (!id.ok) throw badRequest('PROFILE_ID_INVALID', id.reason, 'idNumber')
  const mobile = input.mobile?.trim() ?? ''
  const m = mobile ? validateMobile(mobile) : { ok: true }
  if (!m.ok) throw badRequest('PROFILE_MOBILE_INVALID', m.reason ?? '手机号不对，请核对', 'mobile')
  const u = await ctx.user(actor)
  // A number is the account's only once the code sent to it came back (the SMS-code use cases).
  if (mobile && mobile !== u.mobile) {
    throw badRequest('PROFILE_MOBILE_NEEDS_CODE', '更换手机号需要短信验证码，请点“更换手机号”，收到验证码后填入', 'mobile')
  }
  const reason = reviewReasonOf(u, realName, idNumber)
  const stillVerified = u.real_name_status === 'verified' && reason === null
  const now = ctx.nowIso()
  const profile = {
    real_name: realName,
    id_number: idNumber,
    address: input.address?.trim() || null,
    real_name_status: stillVerified ? ('verified' as const) : ('submitted' as const),
    // A first profile is simply submitted; a verified one says what changed.
    review_reason: stillVerified ? null : u.real_name_status === 'verified' ? reason : u.review_reason,
    updated_at: now,
  }
  await ctx.transact(async (q) => {
    await ctx.users.updateProfile(actor.sub, profile, q)
    // Details sent back (rejected) or no longer the verified ones: the photos already sent go back
    // to the court's queue with them, so a correction needs no new upload.
    if (!stillVerified && u.real_name_status !== 'submitted') await ctx.idCards.reopen(q, actor.sub, now)
  })
  if (u.real_name_status === 'verified' && !stillVerified) {
    await ctx.audit.record({ actorId: actor.sub, action: 'profile.back-to-review', subject: `user:${actor.sub}`, detail: { reason }, at: now })
  }
  return getProfile(ctx, actor)
}
