import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely'
import type { Q } from '../db/query'
import type { Database, IdCardTable } from '../db/schema'

export type IdCardRow = Selectable<IdCardTable>

/** A person waiting for review, as the queue lists them. */
export interface QueueEntry {
  user_id: string
  real_name: string | null
  id_number: string | null
  submitted_at: string
  review_reason: 'name' | 'id-number' | 'name-and-id-number' | null
}

/**
 * The rule for which court may review whom: the person filed a (submitted) case at the court or
 * with the court as the hearing court, or the court's submitted filing names their ID number as a
 * party or agent, or a mediation of the court has them as a party (by account or by ID number).
 * Everyone else's identity is no business of that court's staff.
 */
function relatedToCourt(eb: ExpressionBuilder<Database, 'users'>, courtId: string) {
  const idKey = sql<string>`upper(coalesce(users.id_number, ''))`
  const courtFilings = eb
    .selectFrom('filings')
    .select('filings.id')
    .where('filings.status', '!=', 'draft')
    .where((w) => w.or([w('filings.court_id', '=', courtId), w('filings.target_court_id', '=', courtId)]))
  return eb.or([
    eb.exists(courtFilings.whereRef('filings.filer_id', '=', 'users.id')),
    eb.exists(
      eb
        .selectFrom('filing_parties')
        .select('filing_parties.filing_id')
        .where('filing_parties.id_key', '=', idKey)
        .where('filing_parties.filing_id', 'in', courtFilings),
    ),
    eb.exists(
      eb
        .selectFrom('filing_agents')
        .select('filing_agents.filing_id')
        .where('filing_agents.id_key', '=', idKey)
        .where('filing_agents.filing_id', 'in', courtFilings),
    ),
    eb.exists(
      eb
        .selectFrom('mediation_parties')
        .innerJoin('mediations', 'mediations.id', 'mediation_parties.mediation_id')
        .select('mediation_parties.mediation_id')
        .where('mediations.court_id', '=', courtId)
        .where((w) => w.or([w('mediation_parties.user_id', '=', w.ref('users.id')), w(sql`upper(mediation_parties.id_number)`, '=', idKey)])),
    ),
  ])
}

export function idCardsRepository(db: Kysely<Database>) {
  return {
    byUser: (userId: string) => db.selectFrom('id_cards').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    /** New photos: they replace the old ones, and any earlier decision with them. */
    submit: (q: Q, row: Pick<IdCardRow, 'user_id' | 'front_file_id' | 'back_file_id' | 'holding_file_id' | 'submitted_at'>) =>
      q
        .insertInto('id_cards')
        .values({ ...row, decision: null, decided_by: null, decided_at: null, method: null, reject_reason: null })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            front_file_id: row.front_file_id,
            back_file_id: row.back_file_id,
            holding_file_id: row.holding_file_id,
            submitted_at: row.submitted_at,
            decision: null,
            decided_by: null,
            decided_at: null,
            method: null,
            reject_reason: null,
          }),
        )
        .execute(),
    /** The profile changed: the same photos go back to review against the new details. */
    reopen: (q: Q, userId: string, at: string) =>
      q
        .updateTable('id_cards')
        .set({ submitted_at: at, decision: null, decided_by: null, decided_at: null, method: null, reject_reason: null })
        .where('user_id', '=', userId)
        .execute(),
    decide: (q: Q, userId: string, d: Pick<IdCardRow, 'decision' | 'decided_by' | 'decided_at' | 'method' | 'reject_reason'>) =>
      q.updateTable('id_cards').set(d).where('user_id', '=', userId).execute(),
    /** Whether the court may review this person (see relatedToCourt). */
    relatesToCourt: async (userId: string, courtId: string) =>
      !!(await db
        .selectFrom('users')
        .select('users.id')
        .where('users.id', '=', userId)
        .where((eb) => relatedToCourt(eb, courtId))
        .executeTakeFirst()),
    /** Whether a file is one of the ID card photos of a person the court may review. */
    photoOfCourtPerson: async (fileId: string, courtId: string) =>
      !!(await db
        .selectFrom('id_cards')
        .innerJoin('users', 'users.id', 'id_cards.user_id')
        .select('users.id')
        .where((eb) =>
          eb.or([eb('id_cards.front_file_id', '=', fileId), eb('id_cards.back_file_id', '=', fileId), eb('id_cards.holding_file_id', '=', fileId)]),
        )
        .where((eb) => relatedToCourt(eb, courtId))
        .executeTakeFirst()),
    /** People of the court waiting for review with their photos in, oldest first, after the cursor. */
    queue: (courtId: string, limit: number, after: { submittedAt: string; userId: string } | null): Promise<QueueEntry[]> =>
      db
        .selectFrom('users')
        .innerJoin('id_cards', 'id_cards.user_id', 'users.id')
        .select(['users.id as user_id', 'users.real_name', 'users.id_number', 'id_cards.submitted_at', 'users.review_reason'])
        .where('users.real_name_status', '=', 'submitted')
        .where((eb) => relatedToCourt(eb, courtId))
        .$if(after !== null, (qb) =>
          qb.where((eb) =>
            eb.or([
              eb('id_cards.submitted_at', '>', after!.submittedAt),
              eb.and([eb('id_cards.submitted_at', '=', after!.submittedAt), eb('users.id', '>', after!.userId)]),
            ]),
          ),
        )
        .orderBy('id_cards.submitted_at')
        .orderBy('users.id')
        .limit(limit)
        .execute(),
  }
}
export type IdCardsRepository = ReturnType<typeof idCardsRepository>
