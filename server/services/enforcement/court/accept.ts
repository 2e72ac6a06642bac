import { formatCaseNumber } from '../../../../domain/cases/caseNumber'
import type { FilingData } from '../../../../domain/filing/types'
import type { AcceptEnforcementBody, RefuseEnforcementBody } from '../../../../contract/enforcement'
import { FILING_DECIDERS, type Actor } from '../../../auth/actor'
import { conflict, forbidden, notFound } from '../../../errors'
import { readJson, type EnforcementContext, type StoredParty } from '../context'
import { loadForCourt } from '../access'
import { chainEarlierNodes, recordNode, saveCase } from '../nodes/record'
import type { EnforcementCaseRow } from '../repository'
import { caseView } from '../views/caseView'

const notPending = () => conflict('ENFORCEMENT_STATE', '这件申请已经处理过了，请刷新后查看')

async function loadPending(ctx: EnforcementContext, actor: Actor, id: string) {
  if (!FILING_DECIDERS.includes(actor.role)) throw forbidden('只有本院的法官或书记员可以立案')
  const { c, relation } = await loadForCourt(ctx, actor, id)
  if (c.filed_on || c.refused_on) throw notPending()
  return { c, relation }
}

/** The filing row an enforcement case gets at 立案: its number, its parties for e-service, its chain. */
function filingData(c: EnforcementCaseRow, parties: StoredParty[]): FilingData {
  return {
    kind: 'enforcement',
    courtId: c.court_id,
    targetCourtId: c.court_id,
    parties: parties.map((p) =>
      p.type === 'person'
        ? {
            side: p.side === 'applicant' ? 'plaintiff' : 'defendant',
            type: 'person',
            name: p.name,
            idNumber: p.idKey,
            mobile: (p.mobile ?? '').slice(0, 11),
            address: (p.address ?? '').slice(0, 200),
          }
        : {
            side: p.side === 'applicant' ? 'plaintiff' : 'defendant',
            type: 'organisation',
            name: p.name,
            creditCode: p.idKey,
            representative: '',
            mobile: (p.mobile ?? '').slice(0, 11),
            address: (p.address ?? '').slice(0, 200),
          },
    ),
    cause: c.cause?.slice(0, 40),
    claims: [{ text: c.requests.slice(0, 500), amountFen: Number(c.amount_fen) }],
    facts: '',
    procedure: 'ordinary',
    agricultural: c.agricultural === 1,
    evidence: [],
    service: { app: true, sms: false, mobile: '', postalAddress: '', consentElectronic: true, consentSteps: ['judgment'] },
    declaration: true,
  }
}

/**
 * 立案: the next number of the court's sequence for the type and year (（2026）内0784执12号; 执恢 for a
 * resumption, 执保 for preservation), taken in the transaction that files the case, so two clerks
 * pressing at once get two consecutive numbers and a rolled-back accept leaves no gap.
 */
export async function acceptCase(ctx: EnforcementContext, actor: Actor, id: string, body: AcceptEnforcementBody) {
  const { c, relation } = await loadPending(ctx, actor, id)
  const court = await ctx.courts.byId(c.court_id)
  if (!court) throw notFound('COURT_NOT_FOUND', '找不到执行法院')
  const typeCode = c.case_type === '执恢' ? '执恢' : (body.caseType ?? c.case_type)
  const today = ctx.today()
  const year = Number(today.slice(0, 4))
  const now = ctx.nowIso()
  const parties = readJson<StoredParty[]>(c.parties_json) ?? []
  const filingId = `f-${c.id}`
  const caseNumber = await ctx.transact(async (q) => {
    const seq = await ctx.filings.nextCaseSeq(q, court.id, typeCode, year)
    const number = formatCaseNumber({ year, courtCode: court.code, typeCode, seq })
    await q
      .insertInto('filings')
      .values({
        id: filingId,
        filer_id: c.applicant_id,
        kind: 'enforcement',
        court_id: c.court_id,
        target_court_id: c.court_id,
        status: 'accepted',
        version: 1,
        data_json: JSON.stringify(filingData(c, parties)),
        agricultural: c.agricultural,
        filing_number: null,
        fee_json: null,
        submitted_at: c.created_at,
        review_started_on: c.received_on,
        forwarded_at: null,
        correction_json: null,
        decline_reason: null,
        case_number: number,
        procedure: null,
        judge_id: null,
        decided_at: now,
        decided_on: today,
        small_claims_json: null,
        agreed_periods_json: null,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await ctx.filings.replaceParties(
      q,
      filingId,
      parties.map((p) => ({ side: p.side === 'applicant' ? 'plaintiff' : 'defendant', name: p.name, id_key: p.idKey, mobile: p.mobile })),
    )
    // The case's version guards the accept: a second clerk's transaction rolls back, number and all.
    await saveCase(ctx, q, c, { case_number: number, case_type: typeCode, filed_on: today, filing_id: filingId })
    return number
  })
  const filed = (await ctx.repo.caseById(id))!
  const fileIds = (await ctx.repo.leads(id)).flatMap((l) => JSON.parse(l.photo_ids_json) as string[])
  await recordNode(
    ctx,
    actor,
    filed,
    { kind: 'filing', on: today, text: `法院已立案，案号${caseNumber}`, detail: { document: caseNumber } },
    async (q, append) => {
      if (append) await chainEarlierNodes(ctx, q, id, append)
      if (fileIds.length > 0) await ctx.filings.linkFiles(q, filingId, fileIds)
    },
  )
  return caseView(ctx, id, relation)
}

/** 裁定不予受理, with the reasons the applicant reads. */
export async function refuseCase(ctx: EnforcementContext, actor: Actor, id: string, body: RefuseEnforcementBody) {
  const { c, relation } = await loadPending(ctx, actor, id)
  const today = ctx.today()
  await recordNode(ctx, actor, c, { kind: 'filing', on: today, text: `法院裁定不予受理：${body.reasons.join('；')}` }, async (q) => {
    await saveCase(ctx, q, c, { refused_on: today, refusal_json: JSON.stringify({ on: today, reasons: body.reasons }) })
  })
  return caseView(ctx, id, relation)
}
