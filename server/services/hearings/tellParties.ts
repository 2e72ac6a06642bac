import type { FilingRow } from '../../repositories/filings'
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

/** Tells every party of the case, under the court's name and with its phone number. */
export async function tellParties(ctx: HearingsContext, f: FilingRow, template: string, text: (name: string) => string): Promise<void> {
  const court = await ctx.courts.byId(f.target_court_id)
  const parties = await ctx.repo.parties(f.id)
  const accounts = await ctx.repo.accountsOf(parties.map((p) => p.id_key))
  for (const p of parties) {
    const body = `【${court?.name ?? '人民法院'}】${text(p.name)}咨询电话${court?.phone ?? '12368'}。`
    for (const m of addressesOf(p, accounts)) {
      try {
        await ctx.notifier.send({ ...m, courtId: f.target_court_id, template, text: body, data: { caseNumber: f.case_number ?? '', caseId: f.id } })
      } catch {
        // A reminder that fails to send changes nothing the court decided; the party still sees it in the app.
      }
    }
  }
}
