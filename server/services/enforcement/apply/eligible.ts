import { addDays } from '../../../../domain/dates/addDays'
import { enforcementApplicationPeriod } from '../../../../domain/enforcement/enforcementApplicationPeriod'
import { isAgriculturalEnforcement } from '../../../../domain/enforcement/isAgriculturalEnforcement'
import type { FilingData } from '../../../../domain/filing/types'
import type { ApplicationPeriodView, EligibleCase } from '../../../../contract/enforcement'
import type { Actor } from '../../../auth/actor'
import type { FilingRow } from '../../../repositories/filings'
import type { EnforcementContext, StoredParty, StoredSource } from '../context'
import { courtRules } from '../rules/courtRules'
import { FEE_NOTICE, SOURCE_NAMES } from '../views/caseView'
import { words } from '../views/deadline'

type Doc = Awaited<ReturnType<EnforcementContext['delivery']['documentsOfCases']>>[number]

/** Why a case's document is in force, or null: every copy served and, for a judgment, the appeal period over. */
function effectiveDocument(f: FilingRow, docs: Doc[], today: string): { kind: StoredSource['kind']; effectiveOn: string; reason: string } | null {
  const pick = (kind: Doc['kind']) => docs.filter((d) => d.caseId === f.id && d.kind === kind)
  const allServed = (ds: Doc[]) => ds.length > 0 && ds.every((d) => d.servedOn !== null)
  const lastServed = (ds: Doc[]) =>
    ds
      .map((d) => d.servedOn!.servedOn)
      .sort()
      .at(-1)!
  const judgments = pick('judgment')
  if (allServed(judgments)) {
    // In force the day after the last appeal period ends (none for a small-claims judgment: on service).
    const ends = judgments.map((d) => (d.deadline ? addDays(d.deadline.due, 1) : d.servedOn!.servedOn)).sort()
    const on = ends.at(-1)!
    if (on <= today) return { kind: 'judgment', effectiveOn: on, reason: `判决书已于${words(lastServed(judgments))}送达，上诉期已过，判决已经生效` }
  }
  const mediations = pick('mediation')
  if (allServed(mediations))
    return { kind: 'mediation', effectiveOn: lastServed(mediations), reason: `调解书已于${words(lastServed(mediations))}由双方签收，已经生效` }
  const rulings = pick('ruling')
  if (f.kind === 'judicial-confirmation' && allServed(rulings))
    return { kind: 'judicial-confirmation', effectiveOn: lastServed(rulings), reason: `司法确认裁定书已于${words(lastServed(rulings))}送达，已经生效` }
  return null
}

const opposite = (side: string) => (side === 'plaintiff' ? 'defendant' : 'plaintiff')

function storedParties(data: FilingData, ownSide: string, applicantId: string): StoredParty[] {
  return data.parties
    .filter((p) => p.side === ownSide || p.side === opposite(ownSide))
    .map((p, i) => ({
      side: p.side === ownSide ? ('applicant' as const) : ('respondent' as const),
      type: p.type,
      name: p.name,
      idKey: (p.type === 'person' ? p.idNumber : p.creditCode).toUpperCase(),
      accountId: p.side === ownSide && i === data.parties.findIndex((x) => x.side === ownSide) ? applicantId : null,
      mobile: p.mobile || null,
      address: p.address || null,
    }))
}

export const periodView = (p: ReturnType<typeof enforcementApplicationPeriod>): ApplicationPeriodView =>
  p.limited
    ? { limited: true, due: p.due, text: p.text, article: p.article, late: p.late, warning: p.warning ?? null, provisional: p.provisional }
    : { limited: false, due: null, text: p.text, article: p.article, late: false, warning: null, provisional: false }

/** One of the asking party's cases prefilled for an application, when its document is in force. */
export interface Eligible {
  view: EligibleCase
  parties: StoredParty[]
  source: StoredSource
  cause: string | null
}

/** The asking party's cases in the system whose judgment, 调解书 or 司法确认 ruling is in force. */
export async function eligibleCases(ctx: EnforcementContext, actor: Actor): Promise<Eligible[]> {
  const key = await ctx.cases.identityKey(actor)
  const filings = (await ctx.filings.visibleToParty(actor.sub, key)).filter((f) => f.status === 'accepted' && f.kind !== 'enforcement')
  const docs = await ctx.delivery.documentsOfCases(filings.map((f) => f.id))
  const existing = await ctx.repo.casesFromSources(filings.map((f) => f.id))
  const today = ctx.today()
  const out: Eligible[] = []
  for (const f of filings) {
    const eff = effectiveDocument(f, docs, today)
    if (!eff) continue
    const { data } = ctx.cases.record(f)
    const own = await ctx.cases.partyOf(
      actor,
      f,
      data.parties.map((p, idx) => ({ ...p, idx, id_key: (p.type === 'person' ? p.idNumber : p.creditCode).toUpperCase() })),
    )
    if (!own || own.side === 'third-party') continue
    const parties = storedParties(data, own.side, actor.sub)
    const court = await ctx.courts.byId(f.target_court_id)
    const rules = await courtRules(ctx, f.target_court_id)
    const requests = data.claims.map((c) => c.text).join('；')
    const agri = isAgriculturalEnforcement({ cause: data.cause, subjects: [requests, data.facts] }, rules)
    const source: StoredSource = {
      kind: eff.kind,
      documentNumber: f.case_number,
      issuer: court?.name ?? null,
      effectiveOn: eff.effectiveOn,
      performanceDueOn: eff.effectiveOn,
      fileIds: [],
    }
    const open = existing.find((e) => e.source_case_id === f.id && !e.refused_on)
    out.push({
      parties,
      source,
      cause: data.cause ?? null,
      view: {
        sourceCaseId: f.id,
        caseNumber: f.case_number!,
        cause: data.cause ?? null,
        courtId: f.target_court_id,
        courtName: court?.name ?? '',
        documentKind: eff.kind,
        documentKindName: SOURCE_NAMES[eff.kind],
        effectiveReason: eff.reason,
        effectiveOn: eff.effectiveOn,
        performanceDueOn: eff.effectiveOn,
        applicants: parties.filter((p) => p.side === 'applicant').map((p) => ({ name: p.name, type: p.type, accountId: p.accountId })),
        respondents: parties.filter((p) => p.side === 'respondent').map((p) => ({ name: p.name, type: p.type, accountId: p.accountId })),
        amountFen: data.claims.reduce((s, c) => s + (c.amountFen ?? 0), 0),
        requests,
        agricultural: agri.agricultural || f.agricultural === 1,
        agriculturalReasons: agri.reasons,
        period: periodView(enforcementApplicationPeriod({ from: eff.effectiveOn, on: today })),
        fee: FEE_NOTICE,
        existingEnforcementId: open?.id ?? null,
      },
    })
  }
  return out
}
