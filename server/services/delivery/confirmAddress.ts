import { randomUUID } from 'node:crypto'
import type { ServiceAddressConfirmation } from '../../../domain/filing/types'
import { canonicalJson } from '../../../domain/service/canonicalJson'
import { validateServiceAddress } from '../../../domain/service/validateServiceAddress'
import type { Actor } from '../../auth/actor'
import { AppError, forbidden } from '../../errors'
import type { CasePartyRow } from '../../repositories/delivery'
import { loadCase, partyKey } from './access'
import { myAddresses, normalisedAddress } from './myAddresses'
import { inChain, sha256Hex } from './chain'
import type { DeliveryContext } from './context'

/** The next version of the party's confirmation and its `address-confirmed` receipt, under the case's lock. */
async function storeVersion(ctx: DeliveryContext, actor: Actor, party: CasePartyRow, address: ServiceAddressConfirmation, at: string) {
  const repo = ctx.delivery
  const caseId = party.filing_id
  return inChain(ctx, caseId, async (append, trx) => {
    const version = ((await repo.latestAddress(caseId, party.idx, trx))?.version ?? 0) + 1
    const row = { id: `sa-${randomUUID()}`, case_id: caseId, party_idx: party.idx, id_key: party.id_key, version }
    await repo.insertAddress(trx, { ...row, data_json: JSON.stringify(address), confirmed_by: actor.sub, confirmed_at: at })
    const detail = { party: party.name, version, sha256: sha256Hex(canonicalJson(address)) }
    await append({ documentId: null, type: 'address-confirmed', at, actorId: actor.sub, detail })
    return version
  })
}

/**
 * A party confirms or changes their 送达地址确认书 for a case (《民诉法解释》第一百三十六条;
 * 在线诉讼规则 arts. 29–30). Each change is a new version; the old ones stay, and the change is
 * a receipt in the case's chain, because consent is what makes e-service valid.
 */
export async function confirmAddress(ctx: DeliveryContext, actor: Actor, caseId: string, input: ServiceAddressConfirmation) {
  const f = await loadCase(ctx, caseId)
  const key = await partyKey(ctx, actor)
  const party = key ? (await ctx.delivery.parties(f.id)).find((p) => p.id_key === key) : undefined
  if (!party) throw forbidden('只有本案当事人本人可以填写送达地址确认书')
  const address = normalisedAddress(input)
  const problems = validateServiceAddress(address)
  if (problems.length > 0) throw new AppError(400, problems[0].code, problems[0].message, problems[0].field, problems)
  const at = ctx.nowIso()
  const version = await storeVersion(ctx, actor, party, address, at)
  const action = version === 1 ? 'service.address-confirmed' : 'service.address-changed'
  await ctx.audit.record({ actorId: actor.sub, action, subject: `filing:${f.id}`, detail: { party: party.name, version }, at })
  return (await myAddresses(ctx, actor)).find((a) => a.caseId === f.id && a.partyIdx === party.idx)!
}
