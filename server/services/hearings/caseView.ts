import { PROCEDURE_LIMIT_NAMES } from '../../../domain/scheduling/hearingInput'
import type { ExcludedStretch } from '../../../domain/scheduling/suggestHearingSlots'
import type { HearingAnswerRow } from '../../repositories/hearings'
import type { CaseRecord } from '../cases/caseKernel'
import type { BusyRange } from '../farm'
import type { HearingsContext } from './context'
import { hearingView } from './hearingView'
import { partyForJudge } from './partyView'
import { loadScheduling, type Scheduling } from './scheduling'
import { hardProblem, softWarnings } from './slotChecks'
import { slotView, suggest } from './slots'

/** The half-day, judge and room a party chose; null for an answer of busy days. */
function chosen(a: HearingAnswerRow) {
  const { date, half, judge_id: judgeId, room_id: roomId } = a
  return a.kind === 'chose' && date && half && judgeId && roomId ? { date, half, judgeId, roomId } : null
}

/** A party's answer as the judge weighs it: the half-day they chose and whether it still holds, or their busy days. */
function answerView(s: Scheduling, a: HearingAnswerRow, excluded: ExcludedStretch[]) {
  const choice = chosen(a)
  const slot = choice ? slotView(s, choice) : null
  const problem = slot ? hardProblem(s, slot) : null
  return {
    partyIdx: a.party_idx,
    kind: a.kind,
    slot,
    stillPossible: slot ? problem === null : null,
    problem,
    warnings: slot ? softWarnings(s, excluded, slot.date) : [],
    busy: JSON.parse(a.busy_json) as BusyRange[],
    answeredAt: a.answered_at,
  }
}

function requestOf(s: Scheduling, names: Map<string, string>, excluded: ExcludedStretch[]) {
  const r = s.openRequest
  if (!r) return null
  return {
    id: r.id,
    status: r.status,
    requestedAt: r.requested_at,
    requestedBy: names.get(r.requested_by) ?? '',
    answers: s.answers.map((a) => answerView(s, a, excluded)),
  }
}

/** One case's scheduling for the judge: parties' farm seasons and busy dates, suggestions, the parties' answers, hearings. */
export async function caseView(ctx: HearingsContext, c: CaseRecord) {
  const { row: f } = c
  const s = await loadScheduling(ctx, c)
  const { slots, excluded } = suggest(s)
  const all = await ctx.repo.hearingsOfCase(f.id)
  const names = await ctx.repo.userNames([...new Set([...all.map((h) => h.judge_id), s.openRequest?.requested_by ?? ''].filter(Boolean))])
  const hearingViews = await Promise.all(all.map((h) => hearingView(ctx, h, names)))
  return {
    caseId: f.id,
    caseNumber: f.case_number!,
    procedure: s.procedure,
    procedureName: PROCEDURE_LIMIT_NAMES[s.procedure],
    filedOn: s.filedOn,
    trialLimitEnd: s.limitEnd,
    agricultural: f.agricultural === 1,
    judgeId: f.judge_id,
    judgeName: s.judges.find((j) => j.id === f.judge_id)?.name ?? '',
    complaint: s.complaint,
    agreedPeriods: { evidenceDays: s.agreed.evidenceDays ?? null, defenceDays: s.agreed.defenceDays ?? null },
    parties: s.parties.map((p) => partyForJudge(s, p)),
    slots,
    excluded,
    request: requestOf(s, names, excluded),
    current: hearingViews.find((h) => h.status === 'scheduled') ?? null,
    hearings: hearingViews,
    venues: s.venues.map((v) => ({ id: v.id, name: v.name, kind: v.kind, address: v.address ?? '' })),
    judges: s.judges.map((j) => ({ id: j.id, name: j.name })),
  }
}
export type CaseView = Awaited<ReturnType<typeof caseView>>
