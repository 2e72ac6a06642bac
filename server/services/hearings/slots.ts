import type { HalfDay, HearingParty, HearingSlotInput } from '../../../domain/scheduling/hearingInput'
import { type HearingSlot, suggestHearingSlots } from '../../../domain/scheduling/suggestHearingSlots'
import { HALF_DAY_TIMES, halfDayLabel } from './labels'
import type { Scheduling } from './scheduling'

/** Narrows the input: to one judge or room (checking a booking), or to the hard rules only (no farm seasons, no busy days). */
export interface InputOptions {
  limit?: number
  judgeId?: string
  roomId?: string
  hardOnly?: boolean
}

function partyInput(p: Scheduling['parties'][number], hardOnly: boolean): HearingParty {
  // Abroad sets the defence period, a hard rule: kept even when only the hard rules count.
  const base = { id: `p${p.row.idx}`, ...(p.abroad ? { abroad: true } : {}) }
  if (hardOnly) return base
  return {
    ...base,
    ...(p.farm ? { farm: p.farm } : {}),
    unavailable: p.unavailable.map((u) => ({ from: u.from, to: u.to })),
    nearRoomIds: p.nearRoomIds,
  }
}

/** The scheduling input built from the case's real data (see loadScheduling). */
export function inputOf(s: Scheduling, opts: InputOptions = {}): HearingSlotInput {
  return {
    today: s.today,
    procedure: s.procedure,
    filedOn: s.filedOn,
    complaintServedOn: s.complaint.servedOn,
    parties: s.parties.map((p) => partyInput(p, opts.hardOnly === true)),
    judges: s.judges.filter((j) => !opts.judgeId || j.id === opts.judgeId).map((j) => ({ id: j.id, busy: j.busy })),
    rooms: s.venues.filter((v) => !opts.roomId || v.id === opts.roomId).map((v) => ({ id: v.id, busy: v.busy, circuitPoint: v.kind === 'circuit-point' })),
    farmOverrides: s.overrides,
    ...(s.procedure === 'small-claims' && s.agreed.defenceDays !== undefined ? { agreedDefenceDays: s.agreed.defenceDays } : {}),
    ...(opts.limit ? { limit: opts.limit } : {}),
  }
}

type SlotLike = { date: string; half: HalfDay; judgeId: string; roomId: string } & Partial<Pick<HearingSlot, 'provisional' | 'notes'>>

const NO_VENUE = { name: '', kind: 'courtroom' as Scheduling['venues'][number]['kind'], address: '' }

/** A half-day as the apps show it: its label and time, the judge's name, the venue's name and address. */
export function slotView(s: Scheduling, slot: SlotLike) {
  const venue = s.venues.find((v) => v.id === slot.roomId) ?? NO_VENUE
  return {
    date: slot.date,
    half: slot.half,
    time: HALF_DAY_TIMES[slot.half],
    label: halfDayLabel(slot.date, slot.half),
    judgeId: slot.judgeId,
    judgeName: s.judges.find((j) => j.id === slot.judgeId)?.name ?? '',
    roomId: slot.roomId,
    roomName: venue.name,
    roomKind: venue.kind,
    address: venue.address ?? '',
    provisional: slot.provisional ?? false,
    notes: slot.notes ?? [],
  }
}
export type SlotView = ReturnType<typeof slotView>

/** The suggested half-days of the case today, and why each other day is left out. */
export function suggest(s: Scheduling) {
  const out = suggestHearingSlots(inputOf(s))
  return { slots: out.slots.map((x) => slotView(s, x)), excluded: out.excluded }
}
