/**
 * Who is asking. A leaf module: services, plugins and routes import it, it imports nothing of
 * theirs, so the server's types never run in a circle.
 */
export type Role = 'litigant' | 'agent' | 'judge' | 'clerk' | 'mediator' | 'admin'

/** Who is asking, as carried in the JWT. */
export interface Actor {
  sub: string
  role: Role
  courtId: string | null
}

/** People on the parties' side: a litigant for themself, an agent for the party they represent. */
export const PARTY_ROLES: readonly string[] = ['litigant', 'agent']

/** Staff who read every case of their court (a mediator sees only the mediations assigned to them). */
export const COURT_READERS: readonly string[] = ['judge', 'clerk', 'admin']

/** Staff who decide on a filing: accept, request a correction, decline, forward. */
export const FILING_DECIDERS: readonly string[] = ['judge', 'clerk']

export const isPartyRole = (actor: Actor): boolean => PARTY_ROLES.includes(actor.role)
