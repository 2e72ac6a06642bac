import { timingSafeEqual } from 'node:crypto'
import type { Actor } from '../../auth/actor'
import { badRequest } from '../../errors'
import type { ProfileContext } from './context'
import { MOBILE_CODE_RULES } from './mobileCodeRules'
import { getProfile } from './view'

const expired = () => badRequest('MOBILE_CODE_EXPIRED', '验证码已过期，请重新获取', 'code')
const tooManyTries = () => badRequest('MOBILE_CODE_TOO_MANY_TRIES', '验证码输错次数太多，请重新获取验证码', 'code')

/** The history keeps that the number changed, not the numbers themselves. */
const masked = (m: string | null) => (m ? `${m.slice(0, 3)}****${m.slice(-4)}` : null)

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * Step two: the code from the SMS makes the new number the account's. Each try is counted before
 * the code is compared, so no burst of guesses gets more than five; a verified identity stays
 * verified, because the number is not what was verified.
 */
export async function confirmMobile(ctx: ProfileContext, actor: Actor, input: { code: string }) {
  const code = input.code.trim()
  if (!/^\d{6}$/.test(code)) throw badRequest('MOBILE_CODE_FORMAT', '验证码是短信里的6位数字，请核对', 'code')
  const u = await ctx.user(actor)
  const pending = await ctx.mobileCodes.latest(u.id)
  if (pending?.status === 'failed' && pending.attempts >= MOBILE_CODE_RULES.maxTries) throw tooManyTries()
  if (pending?.status !== 'pending') throw badRequest('MOBILE_CODE_NOT_SENT', '请先获取验证码', 'code')
  if (pending.expires_at <= ctx.nowIso()) throw expired()
  const tries = await ctx.mobileCodes.claimTry(pending.id, MOBILE_CODE_RULES.maxTries)
  if (tries === null) throw tooManyTries()
  if (!sameHash(ctx.codeHash(pending, code), pending.code_hash)) {
    const left = MOBILE_CODE_RULES.maxTries - tries
    if (left > 0) throw badRequest('MOBILE_CODE_WRONG', `验证码不对，还可以再试${left}次`, 'code')
    await ctx.mobileCodes.fail(pending.id)
    throw tooManyTries()
  }
  const now = ctx.nowIso()
  const changed = await ctx.transact(async (q) => {
    if (!(await ctx.mobileCodes.confirm(q, pending.id, now))) return false
    await ctx.users.setMobile(q, u.id, pending.mobile, now)
    const detail = { from: masked(u.mobile), to: masked(pending.mobile) }
    await ctx.audit.record({ actorId: u.id, action: 'profile.mobile-changed', subject: `user:${u.id}`, detail, at: now }, q)
    return true
  })
  // Another request used or replaced this code a moment ago: ask for a new one.
  if (!changed) throw expired()
  return getProfile(ctx, actor)
}
