import type { HearingPlace } from '../../../domain/service/renderDocument'
import { DOCUMENT_KINDS } from '../../../domain/service/documentKinds'
import type { Actor } from '../../auth/actor'
import { badRequest, forbidden } from '../../errors'
import type { CasePartyRow } from '../../repositories/delivery'
import type { CaseRecord } from '../cases/caseKernel'
import { ISSUERS, loadCase } from './access'
import type { DeliveryMethod, DocumentFile, PublicNotice } from './content'
import type { DeliveryContext } from './context'
import { chooseRecipients, hearingPlace, uploadedFile, type IssueInput } from './issueRules'
import { planDelivery } from './plan'
import { checkPublicNotice } from './publicNotice'

/** Everything one issuing decides once for all its documents. */
export interface Issuing {
  input: IssueInput
  actorId: string
  record: CaseRecord
  parties: CasePartyRow[]
  court: { name: string; phone: string } | undefined
  method: DeliveryMethod
  hearing: HearingPlace | null
  file: DocumentFile | null
  publicNotice: PublicNotice | null
  issuedAt: string
  issuedOn: string
}

/** Checks the whole request and plans each party's service; throws before anything is stored. */
export async function prepareIssue(ctx: DeliveryContext, actor: Actor, input: IssueInput) {
  const f = await loadCase(ctx, input.caseId)
  if (!ctx.cases.isHearingCourt(actor, f, ISSUERS)) throw forbidden('只有本案所在法院的法官或书记员可以发送文书')
  // The 执行通知书 is served by recording its enforcement node, which also records what it orders.
  if (input.kind === 'execution-notice' && (!input.execution || f.kind !== 'enforcement')) {
    throw badRequest('SERVICE_KIND_ENFORCEMENT_ONLY', '执行通知书请在执行案件中记录“执行通知”这一步时送达', 'kind')
  }
  const method = input.method ?? 'electronic'
  const parties = await ctx.delivery.parties(f.id)
  const chosen = chooseRecipients(parties, input.recipients)
  const hearing = input.kind === 'summons' ? await hearingPlace(ctx, f, input.hearing) : null
  const file = DOCUMENT_KINDS[input.kind].source === 'upload' ? await uploadedFile(ctx, actor, input.fileId) : null
  const publicNotice = method === 'public-notice' ? checkPublicNotice(ctx, input.publicNotice) : null
  const plans = await planDelivery(ctx, f, chosen, input.kind, method)
  const issuing: Issuing = {
    input,
    actorId: actor.sub,
    record: ctx.cases.record(f),
    parties,
    court: await ctx.courts.byId(f.target_court_id),
    method,
    hearing,
    file,
    publicNotice,
    issuedAt: ctx.nowIso(),
    issuedOn: ctx.today(),
  }
  return { issuing, plans }
}
