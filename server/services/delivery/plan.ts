import type { ServiceAddressConfirmation } from '../../../domain/filing/types'
import { consentFor, type ElectronicChannel } from '../../../domain/service/consentFor'
import { DOCUMENT_KINDS, type ServiceDocumentKind } from '../../../domain/service/documentKinds'
import { badRequest } from '../../errors'
import type { CasePartyRow } from '../../repositories/delivery'
import type { FilingRow } from '../../repositories/filings'
import { currentAddress } from './currentAddress'
import type { DeliveryMethod } from './content'
import type { DeliveryContext } from './context'

/** How one party will be served: the channels they consented to, and whether the inbox reaches them now. */
export interface DeliveryPlan {
  party: CasePartyRow
  channels: ElectronicChannel[]
  address: ServiceAddressConfirmation | null
  app: boolean
}

/**
 * Service to the in-app account of a party who has confirmed no address (在线诉讼规则第三十一条第二款):
 * an account verified under the party's own ID number is an electronic address "能够确认为受送达人
 * 本人的"; it serves once they sign or read it. A party who has confirmed an address has said how
 * they want to be served, and that stands.
 */
async function unconfirmedPlan(ctx: DeliveryContext, f: FilingRow, party: CasePartyRow, field: string): Promise<DeliveryPlan> {
  if (await currentAddress(ctx, f, party)) {
    throw badRequest(
      'SERVICE_ADDRESS_CONFIRMED',
      `${party.name}已经确认了送达地址：同意电子送达的，请选“电子送达”；不同意的，请直接送达或邮寄送达纸质文书`,
      field,
    )
  }
  if ((await ctx.delivery.accountsOf(party.id_key)).length === 0) {
    throw badRequest(
      'SERVICE_NO_ACCOUNT',
      `${party.name}还没有用本人身份证实名注册移动微法院，无法确认是本人的电子地址。请直接送达或邮寄送达纸质文书；下落不明的，可以公告送达。`,
      field,
    )
  }
  return { party, channels: ['app'], address: null, app: true }
}

/**
 * Plans service for every chosen party before anything is stored. Electronic service needs the
 * party's consent for this kind of document (民事诉讼法第九十条; 在线诉讼规则 art. 29); without it the
 * clerk is told to serve on paper, and nobody is served. A public notice needs no consent; service
 * to an unconfirmed address needs the party's verified account ({@link unconfirmedPlan}).
 */
export async function planDelivery(ctx: DeliveryContext, f: FilingRow, chosen: CasePartyRow[], kind: ServiceDocumentKind, method: DeliveryMethod) {
  const plans: DeliveryPlan[] = []
  for (const [i, party] of chosen.entries()) {
    if (method === 'electronic-unconfirmed') {
      plans.push(await unconfirmedPlan(ctx, f, party, `recipients[${i}]`))
      continue
    }
    const address = (await currentAddress(ctx, f, party))?.address ?? null
    if (method !== 'electronic') {
      plans.push({ party, channels: [], address, app: false })
      continue
    }
    const consent = consentFor(address, kind)
    if (!consent.ok) {
      throw badRequest(
        'SERVICE_NO_CONSENT',
        `${party.name}${consent.message}，不能电子送达${DOCUMENT_KINDS[kind].name}。请改用直接送达或邮寄送达纸质文书（《民事诉讼法》第九十条）；下落不明的，可以公告送达。`,
        `recipients[${i}]`,
      )
    }
    // The inbox reaches the party if they (or the filer, for the filer's side) have an account.
    const app = consent.channels.includes('app') && (party.side === 'plaintiff' || (await ctx.delivery.accountsOf(party.id_key)).length > 0)
    plans.push({ party, channels: consent.channels, address, app })
  }
  return plans
}
