import type { FilingData, PartySide } from '../../../domain/filing/types'
import { COURT_READERS, PARTY_ROLES, type Actor } from '../../auth/actor'
import { forbidden, notFound } from '../../errors'
import type { FilingRow, FilingsRepository } from '../../repositories/filings'
import type { MediationRepository } from '../../repositories/mediation'
import type { UsersRepository } from '../../repositories/users'
import { readFilingData } from './filingData'

/** A case as every use case reads it: the row, and its filing data checked against the schema. */
export interface CaseRecord {
  row: FilingRow
  data: FilingData
}

/**
 * How the asking person stands to a case.
 * - `filer`: filed it (a litigant for themself, or an agent for their client) — from the first draft on.
 * - `named`: a verified identity the submitted filing names as a party or as the agent (在线诉讼规则第七条).
 * - `hearing-court`: staff of the court that hears it (the filing's court, or the court it was forwarded to).
 * - `receiving-court`: staff of the court that received a cross-region filing (跨域立案) and has not yet forwarded it.
 * - `mediator`: a mediator assigned a mediation of the case (or of the 司法确认 it led to); a mediator sees no other case.
 */
export type CaseRelation = 'filer' | 'named' | 'hearing-court' | 'receiving-court' | 'mediator' | null

/** A party row of a case, as parties' lists store them (the side and the ID key they are named by). */
export interface NamedParty {
  side: PartySide
  id_key: string
}

/**
 * The one place that decides who may see and act on a case. Filings, hearings, e-service,
 * mediation and messages all ask it, so a party, an agent and a court's staff are the same
 * people everywhere. Mediators are staff of their court, but they stand to a case only through
 * a mediation of it assigned to them.
 */
export function caseKernel(deps: { filings: FilingsRepository; users: UsersRepository; mediation: Pick<MediationRepository, 'mediatesCase'> }) {
  const { filings, users, mediation } = deps

  /** The verified ID number of the asking person, upper-cased as lists store it; null until verified. */
  async function identityKey(actor: Actor): Promise<string | null> {
    const u = await users.byId(actor.sub)
    // Only a verified identity may act as the party an ID number names; a typed-in number may not.
    return u?.real_name_status === 'verified' && u.id_number ? u.id_number.toUpperCase() : null
  }

  /** The case, or a 404 in the words (and with the code) of the use case that asked for it. */
  async function load(id: string, message = '找不到这份立案申请', code = 'FILING_NOT_FOUND'): Promise<FilingRow> {
    const f = await filings.byId(id)
    if (!f) throw notFound(code, message)
    return f
  }

  const record = (row: FilingRow): CaseRecord => ({ row, data: readFilingData(row.data_json) })

  /** Staff of the court that hears the case: its own court, or the court a cross-region filing went to once forwarded. */
  function isHearingCourt(actor: Actor, f: FilingRow, roles: readonly string[] = COURT_READERS): boolean {
    if (!actor.courtId || !roles.includes(actor.role)) return false
    return f.target_court_id === actor.courtId && (f.court_id === f.target_court_id || f.forwarded_at !== null)
  }

  function courtRelation(actor: Actor, f: FilingRow): CaseRelation {
    if (!actor.courtId || !COURT_READERS.includes(actor.role) || f.status === 'draft') return null
    if (isHearingCourt(actor, f, [actor.role])) return 'hearing-court'
    return f.court_id === actor.courtId ? 'receiving-court' : null
  }

  async function relation(actor: Actor, f: FilingRow): Promise<CaseRelation> {
    if (actor.role === 'mediator') return f.status !== 'draft' && (await mediation.mediatesCase(actor.sub, f.id)) ? 'mediator' : null
    if (!PARTY_ROLES.includes(actor.role)) return courtRelation(actor, f)
    if (f.filer_id === actor.sub) return 'filer'
    if (f.status === 'draft') return null
    const key = await identityKey(actor)
    return key && (await filings.isParty(f.id, key)) ? 'named' : null
  }

  /** Loads a case for someone who may see it: its parties (filer or named) and its courts' staff; refuses anyone else. */
  async function loadVisible(actor: Actor, id: string): Promise<FilingRow> {
    const f = await load(id)
    if (await relation(actor, f)) return f
    throw forbidden(PARTY_ROLES.includes(actor.role) ? '这不是您的案件，无法查看' : '这份立案申请不属于本院，无法查看')
  }

  /** The party the actor answers for: their own (by verified ID number), or — for the filer — the first plaintiff. */
  async function partyOf<P extends NamedParty>(actor: Actor, f: FilingRow, parties: P[]): Promise<P | null> {
    if (!PARTY_ROLES.includes(actor.role)) return null
    const key = await identityKey(actor)
    const own = key ? parties.find((p) => p.id_key === key) : undefined
    if (own) return own
    if (f.filer_id === actor.sub) return parties.find((p) => p.side === 'plaintiff') ?? null
    return null
  }

  return { identityKey, load, record, relation, loadVisible, isHearingCourt, partyOf }
}
export type CaseKernel = ReturnType<typeof caseKernel>
