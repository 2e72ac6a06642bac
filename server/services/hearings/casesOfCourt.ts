import type { PageQuery } from '../../../contract/common'
import { COURT_READERS, type Actor } from '../../auth/actor'
import { pageRequest } from '../../db/page'
import { forbidden } from '../../errors'
import type { HearingRequestRow, HearingRow } from '../../repositories/hearings'
import type { CaseRecord } from '../cases/caseKernel'
import type { HearingsContext } from './context'
import { halfDayLabel } from './labels'

type CaseHearingState = 'unscheduled' | 'asking' | 'scheduled' | 'postponed' | 'held'

/** Where a case stands with its hearing: set, asking the parties, or what became of the last one. */
function stateOf(hearings: HearingRow[], open: HearingRequestRow | undefined): CaseHearingState {
  if (hearings.some((h) => h.status === 'scheduled')) return 'scheduled'
  if (open) return 'asking'
  const last = hearings[hearings.length - 1]
  return last?.status === 'held' || last?.status === 'postponed' ? last.status : 'unscheduled'
}

/** Staff: a page of the accepted cases of my court, newest 立案 first, and where each stands with its hearing. */
export async function casesOfCourt(ctx: HearingsContext, actor: Actor, q: PageQuery = {}) {
  const courtId = actor.courtId
  if (!courtId || !COURT_READERS.includes(actor.role)) throw forbidden()
  const page = await ctx.repo.acceptedPage(courtId, pageRequest(q))
  const cases = page.rows.map((row) => ctx.cases.record(row)).filter((c) => ctx.cases.isHearingCourt(actor, c.row))
  const ids = cases.map((c) => c.row.id)
  const all = await ctx.repo.hearingsOfCases(ids)
  const requests = (await ctx.repo.requestsOfCases(ids)).filter((r) => r.status === 'open')
  const answers = await ctx.repo.answersOf(requests.map((r) => r.id))
  const names = await ctx.repo.userNames([...new Set(cases.map((c) => c.row.judge_id).filter((x): x is string => !!x))])
  const venues = new Map((await ctx.courts.rooms(courtId)).map((r) => [r.id, r] as const))
  const items = cases.map(({ row: c, data }: CaseRecord) => {
    const mine = all.filter((h) => h.case_id === c.id)
    const current = mine.find((h) => h.status === 'scheduled')
    const open = requests.find((r) => r.case_id === c.id)
    return {
      caseId: c.id,
      caseNumber: c.case_number ?? '',
      plaintiffs: data.parties.filter((p) => p.side === 'plaintiff').map((p) => p.name),
      defendants: data.parties.filter((p) => p.side === 'defendant').map((p) => p.name),
      judgeName: c.judge_id ? (names.get(c.judge_id) ?? '') : '',
      mine: c.judge_id === actor.sub,
      agricultural: c.agricultural === 1,
      state: stateOf(mine, open),
      hearing: current ? { label: halfDayLabel(current.date, current.half), roomName: venues.get(current.room_id)?.name ?? '' } : null,
      answered: open ? answers.filter((a) => a.request_id === open.id).length : 0,
      parties: data.parties.length,
    }
  })
  return { items, next: page.next }
}
