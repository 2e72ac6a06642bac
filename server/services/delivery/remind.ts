import type { ElectronicChannel } from '../../../domain/service/consentFor'
import type { ServiceAddressConfirmation } from '../../../domain/filing/types'
import type { CourtsRepository } from '../../repositories/courts'
import type { ServiceDocumentRow } from '../../repositories/delivery'
import type { FilingRow } from '../../repositories/filings'
import type { OutboundMessage, SendResult } from '../notify'
import { appendOnce } from './chain'
import type { DeliveryContext } from './context'

/** A document just issued, with the channels the party consented to and whether the inbox already reached them. */
export interface Reminder {
  doc: ServiceDocumentRow
  channels: ElectronicChannel[]
  address: ServiceAddressConfirmation | null
  delivered: boolean
  /** 送达凭证编号: the short form of the signed head after this document's receipts */
  receipt: string | null
}

type Court = Awaited<ReturnType<CourtsRepository['byId']>>
type Send = (m: Pick<OutboundMessage, 'channel' | 'to' | 'template'>) => Promise<SendResult>

function sender(ctx: DeliveryContext, r: Reminder, f: FilingRow, court: Court): Send {
  const doc = r.doc
  // The 送达凭证编号 goes with the message, so the party holds the court's signed record of it outside the court's database.
  const receipt = r.receipt ? `送达凭证编号${r.receipt}，请保留本短信。` : ''
  const text = `【${court?.name ?? '人民法院'}】${doc.recipient_name}您好：法院向您送达了${doc.title}（${f.case_number}）。请在微信中打开“移动微法院”小程序，点“我的文书”查看并签收。${receipt}咨询电话${court?.phone ?? '12368'}。`
  const data = { title: doc.title, caseNumber: f.case_number ?? '', issuedAt: doc.issued_at, documentId: doc.id, receiptCode: r.receipt ?? '' }
  return async (m) => {
    try {
      return await ctx.notifier.send({ ...m, courtId: doc.court_id, text, data, documentId: doc.id })
    } catch {
      // A provider outage must not undo the service already recorded; the follow-up list shows what did not arrive.
      return { ok: false as const, error: 'send failed' }
    }
  }
}

/** SMS and e-mail; the first that arrives delivers the document when the inbox has not (art. 31: the earliest channel counts). */
async function textAndMail(ctx: DeliveryContext, r: Reminder, send: Send) {
  let reached = r.delivered
  for (const channel of ['sms', 'email'] as const) {
    if (!r.channels.includes(channel) || !r.address) continue
    const to = channel === 'sms' ? r.address.mobile.trim() : (r.address.email ?? '').trim()
    const res = await send({ channel, to, template: 'service-issued' })
    // A queued message has not arrived yet: the worker records the delivery once the provider took it (smsArrived).
    if (res.ok && !res.queued && !reached) {
      await appendOnce(ctx, r.doc.case_id, [{ documentId: r.doc.id, type: 'delivered', at: res.at, actorId: null, detail: { channel, ref: res.ref } }])
      reached = true
    }
  }
}

/** A subscribe message to each account of the party, when they chose the in-app channel. */
async function wechat(ctx: DeliveryContext, r: Reminder, send: Send) {
  if (!r.channels.includes('app')) return
  for (const account of await ctx.delivery.accountsOf(r.doc.recipient_id_key)) {
    await send({ channel: 'wechat', to: account.openid ?? account.id, template: 'service-issued' })
  }
}

/** Reminders (在线诉讼规则 art. 32) and, where the inbox could not be reached, delivery by SMS or e-mail. */
export async function remindAll(ctx: DeliveryContext, reminders: Reminder[], f: FilingRow) {
  const court = await ctx.courts.byId(f.target_court_id)
  for (const r of reminders) {
    const send = sender(ctx, r, f, court)
    await textAndMail(ctx, r, send)
    await wechat(ctx, r, send)
  }
}

/**
 * The worker's report that an SMS or e-mail of a served document went out: it delivers the document
 * (art. 31: the earliest channel counts) unless the inbox or another channel already did.
 */
export async function smsArrived(ctx: DeliveryContext, n: { document_id: string | null; channel: string; template: string; id: string }, at: string) {
  if (!n.document_id || n.template !== 'service-issued' || (n.channel !== 'sms' && n.channel !== 'email')) return
  const doc = await ctx.delivery.document(n.document_id)
  if (!doc) return
  await appendOnce(ctx, doc.case_id, [{ documentId: doc.id, type: 'delivered', at, actorId: null, detail: { channel: n.channel, ref: n.id } }])
}
