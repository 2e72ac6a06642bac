import type { ScopeKind } from '../../../contract/metrics'
import { COURT_READERS, type Actor } from '../../auth/actor'
import type { Q } from '../../db/query'
import { badRequest, forbidden, notFound } from '../../errors'

export interface CourtBriefRow {
  id: string
  name: string
}

/** Which courts a figure, a trend, a scorecard or a report counts, and for whom it was asked. */
export interface MetricsScope {
  /** the court asked about */
  court: CourtBriefRow
  /** 'intermediate' when the court has basic courts under it */
  level: 'intermediate' | 'basic'
  scope: ScopeKind
  /** the courts counted, the asked court first, then its basic courts by name */
  courts: CourtBriefRow[]
  /** the basic courts under the asked court (empty for a basic court) */
  basicCourts: CourtBriefRow[]
}

/**
 * Resolves who may look at which court's figures. The 执行指挥中心 of a court sees its own court;
 * an intermediate court (中级人民法院) also supervises the basic courts under it (courts.parent_id),
 * so its staff may ask for any of them, for itself and them together ('area', 全市两级法院) or for
 * the basic courts together ('basic'). Staff of a basic court see only their court; parties,
 * mediators and staff of an unrelated court see nothing (403), and an unknown court is 404.
 *
 * @param q the database or the caller's transaction
 * @param actor the person asking
 * @param ask `courtId` (default the asker's court) and `scope` (default 'area' for an intermediate
 *   court, 'court' for a basic one)
 * @example
 * await resolveMetricsScope(db, { role: 'judge', courtId: 'c-ordos', … }, { courtId: 'c-dongsheng' })
 * // → { court: 东胜区人民法院, level: 'basic', scope: 'court', courts: [东胜区人民法院], basicCourts: [] }
 */
export async function resolveMetricsScope(q: Q, actor: Actor, ask: { courtId?: string; scope?: ScopeKind }): Promise<MetricsScope> {
  if (!COURT_READERS.includes(actor.role) || !actor.courtId) throw forbidden('只有法院工作人员可以查看执行指挥中心')
  const courtId = ask.courtId ?? actor.courtId
  const court = await q.selectFrom('courts').select(['id', 'name', 'parent_id']).where('id', '=', courtId).executeTakeFirst()
  if (!court) throw notFound('COURT_NOT_FOUND', '找不到这个法院')
  if (court.id !== actor.courtId && court.parent_id !== actor.courtId) throw forbidden('您只能查看本院和下辖法院的执行数据')
  const basicCourts = await q.selectFrom('courts').select(['id', 'name']).where('parent_id', '=', court.id).orderBy('name').execute()
  const level = basicCourts.length > 0 ? 'intermediate' : 'basic'
  const scope = ask.scope ?? (level === 'intermediate' ? 'area' : 'court')
  if (scope !== 'court' && level === 'basic') throw badRequest('SCOPE_NOT_AVAILABLE', '基层法院只能查看本院的数据', 'scope')
  const self = { id: court.id, name: court.name }
  const courts = scope === 'court' ? [self] : scope === 'area' ? [self, ...basicCourts] : basicCourts
  return { court: self, level, scope, courts, basicCourts }
}
