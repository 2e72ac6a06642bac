import type { Actor } from '../../auth/actor'
import { badRequest, conflict } from '../../errors'
import type { IdentityContext } from './context'
import { applyDecision } from './decide'

export interface IdCardInput {
  frontFileId: string
  backFileId: string
  holdingFileId?: string
}

const FIELDS = { frontFileId: '人像面', backFileId: '国徽面', holdingFileId: '手持身份证' } as const

/**
 * The party sends the photos of their ID card for review. Each must be a photo (JPEG or PNG) the
 * party uploaded themself — the same rule a filing's attachments follow, and an unknown id gets
 * the same answer as a stranger's — and front and back must be different photos. The profile
 * (name and number) must be filled in first: those are what the photos are compared with. The
 * photos replace any sent before, and the person is back in the court's queue (`submitted`).
 */
export async function submitIdCard(ctx: IdentityContext, actor: Actor, input: IdCardInput) {
  const u = await ctx.users.byId(actor.sub)
  if (!u?.real_name || !u.id_number) throw badRequest('ID_CARD_PROFILE_MISSING', '请先填写姓名和身份证号，再上传身份证照片', 'frontFileId')
  if (u.real_name_status === 'verified') throw conflict('ID_CARD_ALREADY_VERIFIED', '您已经通过实名认证，不用再上传身份证照片')
  const given = (Object.keys(FIELDS) as Array<keyof typeof FIELDS>).filter((f) => input[f])
  const rows = await ctx.files.byIds(given.map((f) => input[f]!))
  for (const field of given) {
    const file = rows.find((r) => r.id === input[field])
    if (!file || file.owner_id !== actor.sub) throw badRequest('ID_CARD_FILE_UNKNOWN', `${FIELDS[field]}照片没有上传成功，请重新上传`, field)
    if (!file.mime.startsWith('image/')) throw badRequest('ID_CARD_NOT_IMAGE', `${FIELDS[field]}请上传照片（JPG或PNG），不能是PDF`, field)
  }
  if (input.frontFileId === input.backFileId) throw badRequest('ID_CARD_SAME_PHOTO', '人像面和国徽面要各拍一张，现在两张是同一张照片', 'backFileId')
  const now = ctx.nowIso()
  await ctx.transact(async (q) => {
    await ctx.idCards.submit(q, {
      user_id: u.id,
      front_file_id: input.frontFileId,
      back_file_id: input.backFileId,
      holding_file_id: input.holdingFileId ?? null,
      submitted_at: now,
    })
    await ctx.users.setRealNameStatus(q, u.id, ['none', 'submitted', 'rejected'], 'submitted', now)
  })
  await ctx.audit.record({ actorId: u.id, action: 'identity.photos-submitted', subject: `user:${u.id}`, detail: { holding: !!input.holdingFileId }, at: now })
  const outcome = await ctx.verifier.check({
    userId: u.id,
    realName: u.real_name,
    idNumber: u.id_number,
    frontFileId: input.frontFileId,
    backFileId: input.backFileId,
    holdingFileId: input.holdingFileId ?? null,
  })
  if (outcome.outcome !== 'pending') {
    await applyDecision(ctx, { sub: u.id, method: ctx.verifier.method }, u.id, outcome.outcome === 'verified' ? { verified: true } : { reason: outcome.reason })
  }
}
