import type { Actor } from '../../auth/actor'
import { confirmMobile } from './confirmMobile'
import { profileContext, type ProfileDeps } from './context'
import { sendMobileCode } from './sendMobileCode'
import { updateProfile, type ProfileInput } from './update'
import { getProfile } from './view'

export type { ProfileDeps } from './context'
export type { ProfileInput } from './update'
export { maskIdNumber, type Profile } from './view'
export { MOBILE_CODE_RULES } from './mobileCodeRules'

/**
 * 我的: the real-name profile (在线诉讼规则 art. 7) and the mobile number, which changes only
 * through a code sent to the new number.
 */
export function profileService(deps: ProfileDeps) {
  const ctx = profileContext(deps)
  return {
    get: (actor: Actor) => getProfile(ctx, actor),
    update: (actor: Actor, input: ProfileInput) => updateProfile(ctx, actor, input),
    sendMobileCode: (actor: Actor, input: { mobile: string }) => sendMobileCode(ctx, actor, input),
    confirmMobile: (actor: Actor, input: { code: string }) => confirmMobile(ctx, actor, input),
  }
}
export type ProfileService = ReturnType<typeof profileService>
