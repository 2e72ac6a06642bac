import { randomInt, randomUUID } from 'node:crypto'
import { validateMobile } from '../../../domain'
import type { Actor } from '../../auth/actor'
import { shanghaiIso } from '../../clock'
import { AppError, badRequest } from '../../errors'
import { mobileCodeMessage } from '../notify'
import type { ProfileContext } from './context'
import { accountLimit, MOBILE_CODE_RULES, numberLimit, tooSoon, windowsFrom } from './mobileCodeRules'

/**
 * Step one of changing the mobile number: a six-digit code goes by SMS to the new number. The
 * account keeps its confirmed number, and nothing is matched or sent by the new one, until the
 * code comes back (`confirmMobile`). A new code replaces any earlier one.
 */
export async function sendMobileCode(ctx: ProfileContext, actor: Actor, input: { mobile: string }) {
  const mobile = input.mobile.trim()
  const valid = validateMobile(mobile)
  if (!valid.ok) throw badRequest('MOBILE_INVALID', valid.reason ?? '手机号不对，请核对', 'mobile')
  const u = await ctx.user(actor)
  if (mobile === u.mobile) throw badRequest('MOBILE_UNCHANGED', '这就是您现在的手机号，不用更换', 'mobile')
  const nowMs = ctx.now().getTime()
  const last = await ctx.mobileCodes.lastSentAt(u.id)
  const wait = last ? Date.parse(last) + MOBILE_CODE_RULES.resendMs - nowMs : 0
  if (wait > 0) throw tooSoon(wait)
  const from = windowsFrom(nowMs)
  const sent = await ctx.mobileCodes.sentSince(u.id, mobile, { user: shanghaiIso(new Date(from.hour)), mobile: shanghaiIso(new Date(from.day)) })
  if (sent.byUser >= MOBILE_CODE_RULES.perAccountPerHour) throw accountLimit()
  if (sent.byMobile >= MOBILE_CODE_RULES.perNumberPerDay) throw numberLimit()

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const row = { id: `mc-${randomUUID()}`, user_id: u.id, mobile }
  const expiresAt = shanghaiIso(new Date(nowMs + MOBILE_CODE_RULES.ttlMs))
  await ctx.transact((q) =>
    ctx.mobileCodes.insertReplacing(q, {
      ...row,
      code_hash: ctx.codeHash(row, code),
      sent_at: ctx.nowIso(),
      expires_at: expiresAt,
      attempts: 0,
      status: 'pending',
      confirmed_at: null,
    }),
  )
  const result = await ctx.notifier.send(mobileCodeMessage(mobile, code))
  if (!result.ok) {
    // The row stays, ended, so a failing number still counts against the limits.
    await ctx.mobileCodes.fail(row.id)
    throw new AppError(503, 'MOBILE_CODE_NOT_SENT', '短信没有发出去，请稍后再试')
  }
  return { mobile, expiresAt, resendAt: shanghaiIso(new Date(nowMs + MOBILE_CODE_RULES.resendMs)) }
}
