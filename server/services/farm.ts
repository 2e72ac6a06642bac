import type { FilingData } from '../../domain/filing/types'
import {
  describeFarmWindow,
  FARM_CONFIDENCE_LABELS,
  farmCalendarRows,
  type FarmCalendarRow,
  farmWindowsFor,
  type FarmWindowOverride,
  validateFarmOverrides,
} from '../../domain/scheduling/farmCalendar'
import { farmRegionOptions } from '../../domain/scheduling/farmRegionOptions'
import { MAX_BUSY_SPAN_DAYS, validateBusyRange } from '../../domain/scheduling/validateBusyRange'
import type { Clock } from '../clock'
import { shanghaiDay, shanghaiIso } from '../clock'
import { badRequest, forbidden } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { FarmRepository } from '../repositories/farm'
import type { UsersRepository } from '../repositories/users'
import type { Actor } from '../auth/actor'

/** A stretch of days a party said they cannot come to court, with why (optional). */
export interface BusyRange {
  from: string
  to: string
  reason: string
}

/** One declaration may cover at most this many days; the rule is the domain's, shared with the app's form. */
export { MAX_BUSY_SPAN_DAYS }

/**
 * Checks declared busy ranges with the domain's rule ({@link validateBusyRange}: real days, `from` ≤ `to`,
 * at most {@link MAX_BUSY_SPAN_DAYS} days each). With `rejectPast`, a range that has already ended is an error (a new
 * declaration); otherwise it is dropped (a saved list that has aged). Returns them sorted, reasons trimmed.
 */
export function checkBusyRanges(list: Array<{ from: string; to: string; reason?: string }>, today: string, field: string, rejectPast: boolean): BusyRange[] {
  const out: BusyRange[] = []
  list.forEach((r, i) => {
    const problem = validateBusyRange(r, today)
    if (problem?.code === 'FARM_BUSY_RANGE_PAST' && !rejectPast) return
    if (problem) throw badRequest(problem.code, problem.message, `${field}[${i}].${problem.field}`)
    out.push({ from: r.from, to: r.to, reason: (r.reason ?? '').trim() })
  })
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0))
}

/** The regions and activities a profile can choose from, with each activity's default window. */

const ROWS_BY_KEY = () => new Map(farmCalendarRows().map((r) => [`${r.region}|${r.activity}`, r] as const))

/** A 农忙 profile as its owner reads it: names of the region and activities, busy ranges still ahead. */
function profileView(
  p: { region: string | null; activities: string[]; busy: BusyRange[] },
  source: 'profile' | 'filing' | 'none',
  updatedAt: string | null,
  today: string,
) {
  const rows = ROWS_BY_KEY()
  const regionName = p.region ? (farmCalendarRows().find((r) => r.region === p.region)?.regionName ?? p.region) : null
  return {
    region: p.region,
    regionName,
    activities: p.activities,
    activityNames: p.activities.map((a) => rows.get(`${p.region}|${a}`)?.activityName ?? a),
    busy: p.busy.filter((b) => b.to > today),
    source,
    updatedAt,
    options: farmRegionOptions(),
  }
}

/** A court's farm calendar for a year: every window with its default, this year's dates, source and confidence. */
async function calendarView(deps: { farm: FarmRepository; users: UsersRepository }, courtId: string, year: number) {
  const { farm, users } = deps
  const row = await farm.overrides(courtId, year)
  const overrides = row ? (JSON.parse(row.overrides_json) as FarmWindowOverride[]) : []
  const byRegion = new Map<string, FarmCalendarRow[]>()
  for (const r of farmCalendarRows()) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r])
  const rows = []
  for (const [region, list] of byRegion) {
    const windows = farmWindowsFor(
      region,
      list.map((r) => r.activity),
      year,
      overrides.filter((o) => o.region === region),
    )
    for (const r of list) {
      const w = windows.find((x) => x.activity === r.activity)!
      rows.push({
        region,
        regionName: r.regionName,
        activity: r.activity,
        activityName: r.activityName,
        season: r.season,
        defaultFrom: `${year}-${r.from}`,
        defaultTo: `${year}-${r.to}`,
        from: w.from,
        to: w.to,
        overridden: w.overridden,
        note: w.note ?? null,
        label: describeFarmWindow(w),
        source: r.source,
        confidence: r.confidence,
        confidenceLabel: FARM_CONFIDENCE_LABELS[r.confidence],
      })
    }
  }
  const updater = row ? await users.byId(row.updated_by) : undefined
  return { year, rows, updatedAt: row?.updated_at ?? null, updatedBy: updater?.display_name ?? null }
}

/** The adjustments worth storing: one equal to the default window (and without a note) changes nothing. */
function keptOverrides(overrides: FarmWindowOverride[], year: number): FarmWindowOverride[] {
  const rows = ROWS_BY_KEY()
  return overrides
    .map((o) => ({ region: o.region, activity: o.activity, from: o.from, to: o.to, ...(o.note?.trim() ? { note: o.note.trim() } : {}) }))
    .filter((o) => {
      const r = rows.get(`${o.region}|${o.activity}`)!
      return o.note !== undefined || o.from !== `${year}-${r.from}` || o.to !== `${year}-${r.to}`
    })
}

/** Someone's 农忙 profile; before the first save, pre-filled from the farm details of their latest farm filing. */
async function profileOf(farm: FarmRepository, userId: string, today: string) {
  const row = await farm.profile(userId)
  if (row) {
    return profileView(
      { region: row.region, activities: JSON.parse(row.activities_json) as string[], busy: JSON.parse(row.busy_json) as BusyRange[] },
      'profile',
      row.updated_at,
      today,
    )
  }
  const filing = await farm.latestFarmFiling(userId)
  const data = filing ? (JSON.parse(filing.data_json) as FilingData) : undefined
  if (data?.farm?.region) return profileView({ region: data.farm.region, activities: data.farm.activities, busy: [] }, 'filing', null, today)
  return profileView({ region: null, activities: [], busy: [] }, 'none', null, today)
}

/** 农忙 profiles of litigants, and the court admin's farm calendar per year. */
export function farmService(deps: { farm: FarmRepository; users: UsersRepository; audit: AuditRepository; clock: Clock }) {
  const { farm, audit, clock } = deps
  const today = () => shanghaiDay(clock.now())
  const nowIso = () => shanghaiIso(clock.now())

  /** Every year's overrides of a court, as suggestHearingSlots takes them. */
  async function overridesOf(courtId: string): Promise<FarmWindowOverride[]> {
    return (await farm.allOverrides(courtId)).flatMap((r) => JSON.parse(r.overrides_json) as FarmWindowOverride[])
  }

  return {
    overridesOf,

    /** My 农忙 profile; before the first save, pre-filled from the farm details of my latest farm filing. */
    getProfile: (actor: Actor) => profileOf(farm, actor.sub, today()),

    /** Saves my 农忙 profile; region and activities must be of the farm calendar, busy ranges real and ahead. */
    async saveProfile(actor: Actor, input: { region: string | null; activities: string[]; busy: Array<{ from: string; to: string; reason?: string }> }) {
      if (actor.role !== 'litigant') throw forbidden('只有当事人本人可以填写农忙信息')
      const region = input.region?.trim() || null
      const activities = [...new Set(input.activities)]
      if (!region && activities.length > 0) throw badRequest('FARM_REGION_REQUIRED', '请先选择您所在的农牧区，再选农忙活计', 'region')
      if (region && activities.length === 0) throw badRequest('FARM_ACTIVITIES_REQUIRED', '请至少选择一项农忙活计（如小麦收割、打草）', 'activities')
      // Checks region and activity ids against the farm calendar (FARM_REGION_UNKNOWN / FARM_ACTIVITY_UNKNOWN).
      if (region) farmWindowsFor(region, activities, Number(today().slice(0, 4)))
      const busy = checkBusyRanges(input.busy, today(), 'busy', false)
      const at = nowIso()
      await farm.saveProfile({ user_id: actor.sub, region, activities_json: JSON.stringify(activities), busy_json: JSON.stringify(busy), updated_at: at })
      await audit.record({
        actorId: actor.sub,
        action: 'farm.profile-saved',
        subject: `user:${actor.sub}`,
        detail: { region, activities, busy: busy.length },
        at,
      })
      return profileView({ region, activities, busy }, 'profile', at, today())
    },

    /** Adds busy ranges to a litigant's own profile (declared while choosing a hearing date). */
    async addBusy(userId: string, ranges: BusyRange[]) {
      const row = await farm.profile(userId)
      const busy = [...(row ? (JSON.parse(row.busy_json) as BusyRange[]) : []), ...ranges].filter((b) => b.to > today())
      const seen = new Set<string>()
      const unique = busy.filter((b) => {
        const key = `${b.from}|${b.to}|${b.reason}`
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
      unique.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      if (row) {
        await farm.saveProfile({ ...row, busy_json: JSON.stringify(unique), updated_at: nowIso() })
        return
      }
      // No profile yet: start one from the filing's farm details, so declaring dates does not drop the farm season.
      const filing = await farm.latestFarmFiling(userId)
      const data = filing ? (JSON.parse(filing.data_json) as FilingData) : undefined
      await farm.saveProfile({
        user_id: userId,
        region: data?.farm?.region ?? null,
        activities_json: JSON.stringify(data?.farm?.region ? data.farm.activities : []),
        busy_json: JSON.stringify(unique),
        updated_at: nowIso(),
      })
    },

    /** The farm calendar of my court for a year: each window with its source, confidence and this year's dates. */
    async getCalendar(actor: Actor, year: number) {
      if (actor.role !== 'admin' || !actor.courtId) throw forbidden('只有法院管理员可以查看和修改农忙日历')
      return calendarView(deps, actor.courtId, year)
    },

    /**
     * Replaces my court's adjustments for a year. Checked with validateFarmOverrides; every
     * adjustment must fall in that year. An adjustment equal to the default (and without a note) is
     * not stored: it changes nothing.
     */
    async saveCalendar(actor: Actor, year: number, overrides: FarmWindowOverride[]) {
      if (actor.role !== 'admin' || !actor.courtId) throw forbidden('只有法院管理员可以查看和修改农忙日历')
      validateFarmOverrides(overrides, 'overrides')
      overrides.forEach((o, i) => {
        if (Number(o.from.slice(0, 4)) !== year)
          throw badRequest('FARM_OVERRIDE_YEAR_MISMATCH', `这里只能调整${year}年的农忙期，请填写${year}年的日期`, `overrides[${i}].from`)
      })
      const kept = keptOverrides(overrides, year)
      const at = nowIso()
      await farm.saveOverrides({ court_id: actor.courtId, year, overrides_json: JSON.stringify(kept), updated_by: actor.sub, updated_at: at })
      await audit.record({ actorId: actor.sub, action: 'farm.calendar-saved', subject: `court:${actor.courtId}`, detail: { year, overrides: kept }, at })
      return calendarView(deps, actor.courtId, year)
    },
  }
}
export type FarmService = ReturnType<typeof farmService>
