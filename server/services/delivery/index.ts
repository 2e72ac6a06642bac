import type { ServiceAddressConfirmation } from '../../../domain/filing/types'
import type { PageQuery } from '../../../contract/common'
import type { Actor } from '../../auth/actor'
import { confirmAddress } from './confirmAddress'
import { myAddresses } from './myAddresses'
import { caseStatus } from './caseStatus'
import { casesOfCourt } from './casesOfCourt'
import { deliveryContext, type DeliveryDeps } from './context'
import { inbox } from './inbox'
import { byConfirmedOrAccount, issue, issueTogether } from './issue'
import { inChain, type Append } from './chain'
import { documentViews } from './view'
import type { Q } from '../../db/query'
import { publishedKeys } from './keys'
import type { IssueInput } from './issueRules'
import { outbox } from './outbox'
import { proof } from './proof'
import { documentFile, printable, readDocument } from './read'
import { openDocument, signDocument } from './receive'
import { smsArrived } from './remind'
import { recordPaperService } from './paperService'
import type { PaperServiceInput } from '../../../domain/service/checkPaperService'

export type { DeliveryDeps } from './context'
export type { DocumentContent } from './content'
export type { IssueInput } from './issueRules'
export { printableHtml } from './printableHtml'
export { sha256Hex } from './chain'

/**
 * 电子送达 (delivery) use cases: the parties' 送达地址确认书, issuing documents, delivery to the inbox
 * with SMS / subscribe-message reminders, service on paper recorded afterwards, and receipts
 * (issued, delivered, opened, signed, published, served on paper)
 * appended to a SHA-256 hash chain per case, each head signed with the court's Ed25519 key and
 * checkpointed outside the database. Each use case lives in its own file and takes the context
 * first; this binds them once.
 */
export function deliveryService(deps: DeliveryDeps) {
  const ctx = deliveryContext(deps)
  return {
    // staff: issue and follow up
    issue: (actor: Actor, input: IssueInput) => issue(ctx, actor, input),
    casesOfCourt: (actor: Actor, q?: PageQuery) => casesOfCourt(ctx, actor, q),
    caseStatus: (actor: Actor, caseId: string) => caseStatus(ctx, actor, caseId),
    recordPaperService: (actor: Actor, documentId: string, input: PaperServiceInput) => recordPaperService(ctx, actor, documentId, input),
    // the addressee: read, open, sign, print
    document: (actor: Actor, id: string) => readDocument(ctx, actor, id),
    open: (actor: Actor, id: string) => openDocument(ctx, actor, id),
    sign: (actor: Actor, id: string) => signDocument(ctx, actor, id),
    documentFile: (actor: Actor, id: string) => documentFile(ctx, actor, id),
    printable: (actor: Actor, id: string) => printable(ctx, actor, id),
    // the party: inbox and 送达地址确认书
    inbox: (actor: Actor, q?: PageQuery) => inbox(ctx, actor, q),
    myAddresses: (actor: Actor) => myAddresses(ctx, actor),
    confirmAddress: (actor: Actor, caseId: string, input: ServiceAddressConfirmation) => confirmAddress(ctx, actor, caseId, input),
    // the record and the outbox
    proof: (actor: Actor, caseId: string) => proof(ctx, actor, caseId),
    keys: () => publishedKeys(ctx),
    outbox: (actor: Actor, limit: number) => outbox(ctx, actor, limit),
    /** The notification worker: an SMS or e-mail of a document went out. */
    smsArrived: (n: Parameters<typeof smsArrived>[1], at: string) => smsArrived(ctx, n, at),
    // other areas: link their own records to a case's signed chain, and read its documents' service dates
    chain: <T>(caseId: string, work: (append: Append, q: Q) => Promise<T>) => inChain(ctx, caseId, work),
    /** Issues documents to parties of a case, each the electronic way they can be served, in one transaction with `also`. */
    issueWith: async <T>(actor: Actor, input: IssueInput, also: (append: Append, q: Q) => Promise<T>) =>
      issueTogether(ctx, actor, await byConfirmedOrAccount(ctx, input), also),
    documentsOfCases: async (caseIds: string[]) => documentViews(ctx, await ctx.delivery.documentsOfCases(caseIds), new Map(), false),
  }
}
export type DeliveryService = ReturnType<typeof deliveryService>
