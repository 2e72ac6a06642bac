import type { FilingData } from '../../../domain/filing/types'
import type { Actor } from '../../auth/actor'
import { badRequest, conflict, forbidden } from '../../errors'
import type { FilingsContext } from './context'
import { requireOwnFiles } from './ownFiles'

/** Saves the form as it stands; only the filer, only while it is a draft or being corrected, and citing only files the filer uploaded. */
export async function saveFilingDraft(ctx: FilingsContext, actor: Actor, id: string, data: FilingData) {
  const f = await ctx.cases.load(id)
  if (f.filer_id !== actor.sub) throw forbidden('只有提交人可以修改这份申请')
  if (f.status !== 'draft' && f.status !== 'correction-requested') throw conflict('FILING_NOT_EDITABLE', '这份申请已经提交，不能再修改')
  if (data.kind !== f.kind) throw badRequest('FILING_KIND_CHANGED', '案件类型不能在填写中更改，请重新开始一份申请', 'kind')
  await requireOwnFiles(ctx, actor, data)
  await ctx.filings.update(id, {
    data_json: JSON.stringify({ ...data, courtId: f.court_id, targetCourtId: f.target_court_id }),
    agricultural: data.agricultural ? 1 : 0,
    updated_at: ctx.nowIso(),
  })
  return ctx.view(await ctx.cases.load(id))
}
