import { validateResidentId } from '../../../domain'
import type { Actor } from '../../auth/actor'
import type { IdCardRow } from '../../repositories/idCards'
import type { MobileCodeRow } from '../../repositories/mobileCodes'
import type { UserRow } from '../../repositories/users'
import { shanghaiIso } from '../../clock'
import type { ProfileContext } from './context'

export interface Profile {
  id: string
  role: Actor['role']
  displayName: string
  courtId: string | null
  realName: string | null
  idNumberMasked: string | null
  birthDate: string | null
  sex: 'male' | 'female' | null
  mobile: string | null
  /** a new number waiting for its SMS code; not used for anything until confirmed */
  pendingMobile: string | null
  address: string | null
  realNameStatus: UserRow['real_name_status']
  /** why a verified profile is back in review (its name or ID number changed); null otherwise */
  reviewReason: UserRow['review_reason']
  /** the ID card photos sent for review (which of them), never their ids; null until sent */
  idCard: { front: boolean; back: boolean; holding: boolean; submittedAt: string; decidedAt: string | null } | null
  /** why the court sent the details back, while the status is `rejected` */
  rejectReason: string | null
}

/** Shows only the first 6 and last 4 characters: enough to recognise, not to copy. */
export const maskIdNumber = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`

/** The code still waiting for its answer, while it can still be answered. */
export const livePending = (code: MobileCodeRow | undefined, nowIso: string): MobileCodeRow | null =>
  code && code.status === 'pending' && code.expires_at > nowIso ? code : null

function toProfile(u: UserRow, pending: MobileCodeRow | null, card: IdCardRow | undefined): Profile {
  const parsed = u.id_number ? validateResidentId(u.id_number) : null
  return {
    id: u.id,
    role: u.role,
    displayName: u.display_name,
    courtId: u.court_id,
    realName: u.real_name,
    idNumberMasked: u.id_number ? maskIdNumber(u.id_number) : null,
    birthDate: parsed?.ok ? parsed.birthDate : null,
    sex: parsed?.ok ? parsed.sex : null,
    mobile: u.mobile,
    pendingMobile: pending?.mobile ?? null,
    address: u.address,
    realNameStatus: u.real_name_status,
    // Only while it is still in review: once verified again, the reason is history.
    reviewReason: u.real_name_status === 'submitted' ? u.review_reason : null,
    idCard: card
      ? { front: !!card.front_file_id, back: !!card.back_file_id, holding: !!card.holding_file_id, submittedAt: card.submitted_at, decidedAt: card.decided_at }
      : null,
    rejectReason: u.real_name_status === 'rejected' ? (card?.reject_reason ?? null) : null,
  }
}

/** The signed-in person's own profile. */
export async function getProfile(ctx: ProfileContext, actor: Actor): Promise<Profile> {
  const u = await ctx.user(actor)
  return toProfile(u, livePending(await ctx.mobileCodes.latest(u.id), shanghaiIso(ctx.now())), await ctx.idCards.byUser(u.id))
}
