import type { FilingKind, FilingData, Procedure } from '../../../domain/filing/types'
import type { PageQuery } from '../../../contract/common'
import type { Actor } from '../../auth/actor'
import { pageRequest } from '../../db/page'
import { acceptFiling } from './accept'
import { filingsContext, type FilingsDeps } from './context'
import { createFiling } from './create'
import { deleteFilingDraft } from './deleteDraft'
import { declineFiling, forwardFiling, requestCorrection, reviewQueue } from './review'
import { saveFilingDraft } from './saveDraft'
import { submitFiling } from './submit'
import type { CorrectionItem } from './views'

export type { CorrectionItem } from './views'

/** 网上立案 and its review: one use case a file, all sharing the case kernel. */
export function filingsService(deps: FilingsDeps) {
  const ctx = filingsContext(deps)
  return {
    view: ctx.view,
    create: (actor: Actor, input: { kind: FilingKind; courtId: string; targetCourtId?: string }) => createFiling(ctx, actor, input),
    /** 我的案件, a page at a time: the rows and where the next page starts (null on the last). */
    listMine: async (actor: Actor, q: PageQuery = {}) => {
      const { rows, next } = await ctx.filings.partyPage(actor.sub, await ctx.cases.identityKey(actor), pageRequest(q))
      return { items: rows.map(ctx.summary), next }
    },
    get: async (actor: Actor, id: string) => ctx.view(await ctx.cases.loadVisible(actor, id)),
    deleteDraft: (actor: Actor, id: string) => deleteFilingDraft(ctx, actor, id),
    saveDraft: (actor: Actor, id: string, data: FilingData) => saveFilingDraft(ctx, actor, id, data),
    submit: (actor: Actor, id: string) => submitFiling(ctx, actor, id),
    queue: (actor: Actor, opts: { agriculturalFirst: boolean } & PageQuery) => reviewQueue(ctx, actor, opts),
    forward: (actor: Actor, id: string) => forwardFiling(ctx, actor, id),
    requestCorrection: (actor: Actor, id: string, items: CorrectionItem[]) => requestCorrection(ctx, actor, id, items),
    decline: (actor: Actor, id: string, reason: string) => declineFiling(ctx, actor, id, reason),
    accept: (actor: Actor, id: string, input: { procedure: Procedure; judgeId: string }) => acceptFiling(ctx, actor, id, input),
    canReadFile: (actor: Actor, file: { id: string; owner_id: string }) => canReadFile(ctx, actor, file),
  }
}
export type FilingsService = ReturnType<typeof filingsService>

/** Who may read an attached file: its owner, and whoever may see a filing it is attached to. */
async function canReadFile(ctx: ReturnType<typeof filingsContext>, actor: Actor, file: { id: string; owner_id: string }): Promise<boolean> {
  if (file.owner_id === actor.sub) return true
  for (const { filing_id } of await ctx.filings.filingsOfFile(file.id)) {
    if (await ctx.cases.relation(actor, await ctx.cases.load(filing_id))) return true
  }
  return false
}
