import type { Q } from '../../db/query'
import type { FilingRow } from '../../repositories/filings'
import type { OutboundMessage } from '../notify'
import type { PartyRow } from './access'
import type { HearingsContext } from './context'

type Account = Awaited<ReturnType<HearingsContext['repo']['accountsOf']>>[number]

/** Where one party hears from the court: SMS to the mobile they filed, WeChat to each verified account that is them. */
function addressesOf(p: PartyRow, accounts: Account[]) {
  return [
    ...(p.mobile ? [{ channel: 'sms' as const, to: p.mobile }] : []),
    ...accounts.filter((a) => a.id_number?.toUpperCase() === p.id_key).map((a) => ({ channel: 'wechat' as const, to: a.openid ?? a.id })),
  ]
}

/** The messages telling every party of the case, under the court's name and with its phone number (read before any transaction opens). */
export async function partyMessages(ctx: HearingsContext, f: FilingRow, template: string, text: (name: string) => string): Promise<OutboundMessage[]> {
  const court = await ctx.courts.byId(f.target_court_id)
  const parties = await ctx.repo.parties(f.id)
  const accounts = await ctx.repo.accountsOf(parties.map((p) => p.id_key))
  return parties.flatMap((p) => {
    const body = `【${court?.name ?? '人民法院'}】${text(p.name)}咨询电话${court?.phone ?? '12368'}。`
    return addressesOf(p, accounts).map((m) => ({
      ...m,
      courtId: f.target_court_id,
      template,
      text: body,
      data: { caseNumber: f.case_number ?? '', caseId: f.id },
    }))
  })
}

/** Puts the messages in the outbox; pass the action's transaction as `q` so they commit with it. */
export async function sendAll(ctx: HearingsContext, messages: OutboundMessage[], q?: Q): Promise<void> {
  for (const m of messages) await ctx.notifier.send(m, q)
}

/** Tells every party of the case, after the action has committed. */
export async function tellParties(ctx: HearingsContext, f: FilingRow, template: string, text: (name: string) => string): Promise<void> {
  await sendAll(ctx, await partyMessages(ctx, f, template, text))
}
