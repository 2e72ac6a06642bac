import type { DraftSaved } from '../../../contract/filings'
import type { FilingData } from '../../../domain/filing/types'
import type { Actor } from '../../auth/actor'
import { badRequest, conflict, forbidden, notFound } from '../../errors'
import type { FilingsContext } from './context'
import { requireOwnFiles } from './ownFiles'

const notEditable = () => conflict('FILING_NOT_EDITABLE', '这份申请已经提交，不能再修改')

/**
 * Saves the form as it stands; only the filer, only while it is a draft or being corrected, and
 * citing only files the filer uploaded. Autosave runs on every step of the form, so it reads only
 * the columns it checks and answers with what changed: the phone already holds the data it sent.
 */
export async function saveFilingDraft(ctx: FilingsContext, actor: Actor, id: string, data: FilingData): Promise<DraftSaved> {
  const f = await ctx.filings.draftHead(id)
  if (!f) throw notFound('FILING_NOT_FOUND', '找不到这份立案申请')
  if (f.filer_id !== actor.sub) throw forbidden('只有提交人可以修改这份申请')
  if (f.status !== 'draft' && f.status !== 'correction-requested') throw notEditable()
  if (data.kind !== f.kind) throw badRequest('FILING_KIND_CHANGED', '案件类型不能在填写中更改，请重新开始一份申请', 'kind')
  await requireOwnFiles(ctx, actor, data)
  const updatedAt = ctx.nowIso()
  const patch = {
    data_json: JSON.stringify({ ...data, courtId: f.court_id, targetCourtId: f.target_court_id }),
    agricultural: data.agricultural ? 1 : 0,
    updated_at: updatedAt,
  }
  // A transaction of its own, so the request's Idempotency-Key commits with the save: one commit.
  const saved = await ctx.transact((trx) => ctx.filings.saveDraftData(id, f.status, patch, trx))
  if (!saved) throw notEditable()
  return { id, status: f.status, version: f.version, updatedAt }
}
