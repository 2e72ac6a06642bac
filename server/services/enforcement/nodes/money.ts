import type { NodeBody } from '../../../../contract/enforcement'
import type { Actor } from '../../../auth/actor'
import { orderedId } from '../../../db/ids'
import { badRequest } from '../../../errors'
import type { EnforcementContext } from '../context'
import type { EnforcementCaseRow } from '../repository'
import { recordNode } from './record'

const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`

/**
 * 执行款 in and out on the case's own ledger (一案一账号). A payout, its ledger entry, the receipt's
 * paid amount and the node on the signed chain are one transaction: either all are stored or none,
 * and a payout beyond what the receipt still holds is refused inside it (two clerks paying at once
 * cannot pay the same money twice).
 */
export async function recordMoney(
  ctx: EnforcementContext,
  actor: Actor,
  c: EnforcementCaseRow,
  body: Extract<NodeBody, { kind: 'money-received' | 'money-paid' }>,
) {
  const now = ctx.nowIso()
  if (body.kind === 'money-received') {
    const id = orderedId('er')
    await recordNode(
      ctx,
      actor,
      c,
      { kind: 'money-received', on: body.on, text: `执行款到账${yuan(body.amountFen)}（交款人：${body.payer}）`, detail: { targetId: id } },
      async (q) => {
        await ctx.repo.insertReceipt(q, {
          id,
          case_id: c.id,
          received_on: body.on,
          amount_fen: body.amountFen,
          payer: body.payer,
          paid_fen: 0,
          paid_on: null,
          created_at: now,
        })
        await ctx.repo.insertLedger(q, {
          id: orderedId('eg'),
          case_id: c.id,
          direction: 'in',
          on_day: body.on,
          amount_fen: body.amountFen,
          counterparty: body.payer,
          receipt_id: id,
          note: body.note || null,
          actor_id: actor.sub,
          created_at: now,
        })
      },
    )
    return
  }
  const receipt = (await ctx.repo.receipts(c.id)).find((r) => r.id === body.receiptId)
  if (!receipt) throw badRequest('ENFORCEMENT_RECEIPT_NOT_FOUND', '找不到这笔执行款', 'receiptId')
  if (body.on < receipt.received_on) throw badRequest('ENFORCEMENT_PAYOUT_DATE', '发放日期不能早于到账日期', 'on')
  const text = `执行款发放${yuan(body.amountFen)}给${body.payee}`
  await recordNode(ctx, actor, c, { kind: 'money-paid', on: body.on, text, detail: { targetId: receipt.id } }, async (q) => {
    const left = Number(receipt.amount_fen) - Number(receipt.paid_fen)
    const ok = await ctx.repo.payFromReceipt(q, receipt.id, body.amountFen, body.on, body.amountFen === left)
    if (!ok) throw badRequest('ENFORCEMENT_PAYOUT_EXCEEDS', '发放金额超过了这笔执行款尚未发放的金额', 'amountFen')
    await ctx.repo.insertLedger(q, {
      id: orderedId('eg'),
      case_id: c.id,
      direction: 'out',
      on_day: body.on,
      amount_fen: body.amountFen,
      counterparty: body.payee,
      receipt_id: receipt.id,
      note: body.note || null,
      actor_id: actor.sub,
      created_at: now,
    })
  })
}
