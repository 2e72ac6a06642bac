import type { IdentityContext } from './context'

/**
 * Records a decision on a person's real-name details: the status every identity rule reads, the
 * decision beside the photos, and the audit line — the status only if it is still the one decided
 * on (submitted or rejected), so details changed a moment ago are never verified unseen.
 * Returns whether it changed anything.
 */
export async function applyDecision(
  ctx: IdentityContext,
  by: { sub: string | null; method: string },
  userId: string,
  d: { verified: true } | { reason: string },
): Promise<boolean> {
  const now = ctx.nowIso()
  const verified = 'verified' in d
  const changed = await ctx.transact(async (q) => {
    if (!(await ctx.users.setRealNameStatus(q, userId, ['submitted', 'rejected'], verified ? 'verified' : 'rejected', now))) return false
    await ctx.idCards.decide(q, userId, {
      decision: verified ? 'verified' : 'rejected',
      decided_by: by.sub,
      decided_at: now,
      method: by.method,
      reject_reason: verified ? null : d.reason,
    })
    return true
  })
  if (changed) {
    await ctx.audit.record({
      actorId: by.sub,
      action: verified ? 'identity.verified' : 'identity.rejected',
      subject: `user:${userId}`,
      detail: { method: by.method, ...(verified ? {} : { reason: d.reason }) },
      at: now,
    })
  }
  return changed
}
