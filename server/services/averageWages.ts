import { courtProvince, type CourtPlace } from '../../domain/cases/courtProvince'
import { AVERAGE_WAGES, averageWageFor, type AverageWageEntry } from '../../domain/smallClaims/averageWageFor'
import type { Actor } from '../auth/actor'
import type { Clock } from '../clock'
import { shanghaiDay, shanghaiIso } from '../clock'
import { badRequest, forbidden } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { AverageWageRow, AverageWagesRepository } from '../repositories/averageWages'
import type { CourtsRepository } from '../repositories/courts'
import type { UsersRepository } from '../repositories/users'

export interface AverageWageInput {
  wageFen: number
  series: string
  source: string
  confirmed: boolean
  note?: string
}

type Deps = { averageWages: AverageWagesRepository; courts: CourtsRepository; users: UsersRepository; audit: AuditRepository; clock: Clock }

const entryOf = (r: AverageWageRow): AverageWageEntry => ({
  province: r.province,
  provinceName: r.province_name,
  year: r.year,
  wageFen: r.wage_fen,
  series: r.series,
  source: r.source,
  confirmed: r.confirmed === 1,
  ...(r.note ? { note: r.note } : {}),
})
const newestFirst = (a: { year: number }, b: { year: number }) => b.year - a.year

/**
 * 就业人员年平均工资 as court data: the shipped figures (domain/data/average-wages.json, with their
 * sources and `confirmed: false`) under the years court admins entered or confirmed, which replace a
 * shipped figure of the same province and year. Filings take their small-claims threshold from here.
 */
export function averageWagesService(deps: Deps) {
  const { averageWages, courts, users, audit, clock } = deps

  /** Every figure of a province, the court's over the shipped ones, newest year first. */
  async function rowsOf(province: string) {
    const stored = await averageWages.ofProvince(province)
    const years = new Set(stored.map((r) => r.year))
    const shipped = AVERAGE_WAGES.wages.filter((w) => w.province === province && !years.has(w.year))
    return { stored, shipped: [...shipped].sort(newestFirst) }
  }

  async function wagesOf(province: string): Promise<AverageWageEntry[]> {
    const { stored, shipped } = await rowsOf(province)
    return [...stored.map(entryOf), ...shipped].sort(newestFirst)
  }

  /** The province and level of a court, from its court code; null for a court not found or of no province. */
  async function placeOf(courtId: string): Promise<CourtPlace | null> {
    const court = await courts.byId(courtId)
    return court ? courtProvince(court.code) : null
  }

  /** The admin's own court's province; an admin without one, or any other role, may not edit. */
  async function adminProvince(actor: Actor): Promise<CourtPlace> {
    if (actor.role !== 'admin' || !actor.courtId) throw forbidden('只有法院管理员可以查看和修改年平均工资')
    const place = await placeOf(actor.courtId)
    if (!place) throw forbidden('本院的法院代字不属于任何省份，不能维护年平均工资')
    return place
  }

  async function adminView(place: CourtPlace) {
    const { stored, shipped } = await rowsOf(place.province)
    const names = new Map((await users.byIds([...new Set(stored.map((r) => r.updated_by))])).map((u) => [u.id, u.display_name]))
    const wages = [
      ...stored.map((r) => ({ ...entryOf(r), origin: 'court' as const, updatedBy: names.get(r.updated_by) ?? null, updatedAt: r.updated_at })),
      ...shipped.map((w) => ({ ...w, origin: 'shipped' as const, updatedBy: null, updatedAt: null })),
    ].sort(newestFirst)
    const today = shanghaiDay(clock.now())
    const inForce = averageWageFor({ province: place.province, filedOn: today, wages })
    return {
      province: place.province,
      provinceName: place.provinceName,
      latestYear: Number(today.slice(0, 4)) - 1,
      inForce: inForce ? { year: inForce.year, wageFen: inForce.wageFen, previousYear: inForce.previousYear, confirmed: inForce.confirmed } : null,
      wages,
    }
  }

  return {
    wagesOf,
    placeOf,

    /** Anyone signed in: a province's figures (the filing form shows the threshold from them). */
    list: async (province: string) => ({ wages: await wagesOf(province) }),

    /**
     * The figure a filing at this court on `filedOn` is judged by (《民诉法解释》第二百七十二条:
     * the previous year's, else the latest published), with the court's level; nulls when the
     * court has no province or the province no figure.
     */
    async forFiling(courtId: string, filedOn: string) {
      const place = await placeOf(courtId)
      if (!place) return { place: null, wage: null }
      return { place, wage: averageWageFor({ province: place.province, filedOn, wages: await wagesOf(place.province) }) }
    },

    /** The admin's province: every year with its source, who changed it, and the figure in force today. */
    adminList: async (actor: Actor) => adminView(await adminProvince(actor)),

    /**
     * Sets the admin's province's figure for one year. Only years already over (a year's figure is
     * published after it ends, and 第二百七十二条 uses published figures only); source required.
     */
    async save(actor: Actor, year: number, input: AverageWageInput) {
      const place = await adminProvince(actor)
      const latest = Number(shanghaiDay(clock.now()).slice(0, 4)) - 1
      if (year > latest)
        throw badRequest('AVERAGE_WAGE_YEAR_INVALID', `${year}年还没有过完，年平均工资要等统计部门公布后才能录入，最晚只能录入${latest}年`, 'year')
      const at = shanghaiIso(clock.now())
      const row: AverageWageRow = {
        province: place.province,
        year,
        province_name: place.provinceName,
        wage_fen: input.wageFen,
        series: input.series.trim(),
        source: input.source.trim(),
        confirmed: input.confirmed ? 1 : 0,
        note: input.note?.trim() || null,
        updated_by: actor.sub,
        updated_at: at,
      }
      await averageWages.save(row)
      await audit.record({
        actorId: actor.sub,
        action: 'average-wage.saved',
        subject: `province:${place.province}`,
        detail: { year, wageFen: row.wage_fen, confirmed: input.confirmed, source: row.source },
        at,
      })
      return adminView(place)
    },
  }
}
export type AverageWagesService = ReturnType<typeof averageWagesService>
