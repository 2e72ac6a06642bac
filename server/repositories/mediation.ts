import type { ExpressionBuilder, Kysely, Selectable, Updateable } from 'kysely'
import type { Database, MediationAvailabilityTable, MediationBookingTable, MediationNoticeTable, MediationPartyTable, MediationTable } from '../db/schema'
import type { Q } from '../db/query'
import { mergePage, type PageKey, type PageRequest } from '../db/page'

export type MediationRow = Selectable<MediationTable>
export type MediationPartyRow = Selectable<MediationPartyTable>
export type MediationBookingRow = Selectable<MediationBookingTable>
export type MediationAvailabilityRow = Selectable<MediationAvailabilityTable>
export type MediationNoticeRow = Selectable<MediationNoticeTable>

/** Whose mediations a list shows: a party's (by account, or by verified ID before they linked it), a mediator's, or a court's. */
export type MediationListOwner = { party: { userId: string; idNumber: string } } | { mediatorId: string } | { courtId: string }

type MediationsEb = ExpressionBuilder<Database, 'mediations'>
const changedBefore = (after: PageKey | null) => (eb: MediationsEb) =>
  after ? eb(eb.refTuple('mediations.updated_at', 'mediations.id'), '<', eb.tuple(after.at, after.id)) : eb.lit(true)
const changeKey = (r: MediationRow): PageKey => ({ at: r.updated_at, id: r.id })

/**
 * One page of a list of mediations, newest change first. Each source is read on its own index
 * (the party's account or ID number, then the mediation; the mediator; the court) and the pages
 * merged, instead of an OR the database can only answer by reading every mediation.
 */
async function mediationPage(db: Kysely<Database>, owner: MediationListOwner, page: PageRequest) {
  const base = () =>
    db
      .selectFrom('mediations')
      .selectAll('mediations')
      .where(changedBefore(page.after))
      .orderBy('mediations.updated_at', 'desc')
      .orderBy('mediations.id', 'desc')
      .limit(page.limit + 1)
  const named = (byAccount: boolean, party: { userId: string; idNumber: string }) =>
    base()
      .innerJoin('mediation_parties', 'mediation_parties.mediation_id', 'mediations.id')
      .$if(byAccount, (qb) => qb.where('mediation_parties.user_id', '=', party.userId))
      .$if(!byAccount, (qb) => qb.where('mediation_parties.id_number', '=', party.idNumber).where('mediation_parties.user_id', 'is', null))
      .execute()
  const sources =
    'party' in owner
      ? [named(true, owner.party), named(false, owner.party)]
      : 'mediatorId' in owner
        ? [base().where('mediations.mediator_id', '=', owner.mediatorId).execute()]
        : [base().where('mediations.court_id', '=', owner.courtId).execute()]
  return mergePage(await Promise.all(sources), changeKey, page.limit)
}

export function mediationRepository(db: Kysely<Database>) {
  return {
    page: (owner: MediationListOwner, page: PageRequest) => mediationPage(db, owner, page),
    ...mediationRows(db),
    ...mediationPartyRows(db),
    ...mediationLists(db),
    ...mediationBookings(db),
    ...mediationPeopleAndAvailability(db),
    ...mediationNotices(db),
  }
}

/** Mediations themselves, moved only from the states an action allows. */
function mediationRows(db: Kysely<Database>) {
  return {
    byId: (id: string, q: Q = db) => q.selectFrom('mediations').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (q: Q, row: MediationRow) => q.insertInto('mediations').values(row).execute(),
    update: (id: string, patch: Updateable<MediationTable>, q: Q = db) => q.updateTable('mediations').set(patch).where('id', '=', id).executeTakeFirst(),
    /** Changes the row only while it is in one of `statuses`; false when someone else moved it first. */
    transition: async (id: string, statuses: readonly MediationRow['status'][], patch: Updateable<MediationTable>, q: Q = db) => {
      const res = await q.updateTable('mediations').set(patch).where('id', '=', id).where('status', 'in', statuses).executeTakeFirst()
      return Number(res.numUpdatedRows) > 0
    },
    /** Claims the one-time creation of the 司法确认 filing; only the first caller gets true. */
    claimJudicialConfirmation: async (id: string, at: string) => {
      const res = await db.updateTable('mediations').set({ jc_claimed_at: at }).where('id', '=', id).where('jc_claimed_at', 'is', null).executeTakeFirst()
      return Number(res.numUpdatedRows) > 0
    },
  }
}

/** The two sides of a mediation, linked to accounts as they prove who they are. */
function mediationPartyRows(db: Kysely<Database>) {
  return {
    parties: (mediationId: string, q: Q = db) =>
      q.selectFrom('mediation_parties').selectAll().where('mediation_id', '=', mediationId).orderBy('role').execute(),
    partiesOf: (ids: string[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.selectFrom('mediation_parties').selectAll().where('mediation_id', 'in', ids).execute(),
    insertParty: (q: Q, row: MediationPartyRow) => q.insertInto('mediation_parties').values(row).execute(),
    updateParty: (mediationId: string, role: MediationPartyRow['role'], patch: Updateable<MediationPartyTable>, q: Q = db) =>
      q.updateTable('mediation_parties').set(patch).where('mediation_id', '=', mediationId).where('role', '=', role).executeTakeFirst(),
    /** Records a party's e-signature (在线调解规则 art. 19) once; a second tap keeps the first instant. */
    markSigned: (mediationId: string, role: MediationPartyRow['role'], at: string) =>
      db
        .updateTable('mediation_parties')
        .set({ signed_at: at })
        .where('mediation_id', '=', mediationId)
        .where('role', '=', role)
        .where('signed_at', 'is', null)
        .execute(),
    /** Records a party's application for 司法确认 (民诉法 art. 205) once; a second tap keeps the first instant. */
    markJudicialConfirmationApplied: (mediationId: string, role: MediationPartyRow['role'], at: string) =>
      db
        .updateTable('mediation_parties')
        .set({ jc_applied_at: at })
        .where('mediation_id', '=', mediationId)
        .where('role', '=', role)
        .where('jc_applied_at', 'is', null)
        .execute(),
    /** Links an unlinked respondent to the account that proved to be them; false if someone else already is. */
    linkParty: async (mediationId: string, role: MediationPartyRow['role'], userId: string) => {
      const res = await db
        .updateTable('mediation_parties')
        .set({ user_id: userId })
        .where('mediation_id', '=', mediationId)
        .where('role', '=', role)
        .where('user_id', 'is', null)
        .executeTakeFirst()
      return Number(res.numUpdatedRows) > 0
    },
  }
}

/** Whose mediations: a party's, a mediator's, a court's; and the sessions to remind. */
function mediationLists(db: Kysely<Database>) {
  return {
    /** Whether this mediator is assigned a mediation of the case, or one whose 司法确认 filing it is. */
    mediatesCase: async (mediatorId: string, filingId: string) =>
      !!(await db
        .selectFrom('mediations')
        .select('id')
        .where('mediator_id', '=', mediatorId)
        .where((eb) => eb.or([eb('filing_id', '=', filingId), eb('jc_filing_id', '=', filingId)]))
        .limit(1)
        .executeTakeFirst()),
    /** Confirmed sessions whose booking starts on `day` and has not been reminded yet. */
    sessionsOn: (day: string) =>
      db
        .selectFrom('mediation_bookings')
        .innerJoin('mediations', 'mediations.booking_id', 'mediation_bookings.id')
        .selectAll('mediation_bookings')
        .where('mediations.status', '=', 'confirmed')
        .where('mediation_bookings.starts_at', 'like', `${day}T%`)
        .where('mediation_bookings.reminded_at', 'is', null)
        .execute(),
    markReminded: async (bookingId: string, at: string) => {
      const res = await db
        .updateTable('mediation_bookings')
        .set({ reminded_at: at })
        .where('id', '=', bookingId)
        .where('reminded_at', 'is', null)
        .executeTakeFirst()
      return Number(res.numUpdatedRows) > 0
    },
  }
}

/** Bookings and the half-hour holds that keep two of them from one slot. */
function mediationBookings(db: Kysely<Database>) {
  return {
    booking: (id: string, q: Q = db) => q.selectFrom('mediation_bookings').selectAll().where('id', '=', id).executeTakeFirst(),
    bookingsOf: (ids: string[]) => (ids.length === 0 ? Promise.resolve([]) : db.selectFrom('mediation_bookings').selectAll().where('id', 'in', ids).execute()),
    insertBooking: (q: Q, row: MediationBookingRow) => q.insertInto('mediation_bookings').values(row).execute(),
    updateBooking: (id: string, patch: Updateable<MediationBookingTable>, q: Q = db) =>
      q.updateTable('mediation_bookings').set(patch).where('id', '=', id).executeTakeFirst(),
    /** Inserts the holds of a booking; throws a unique violation when any cell is already held. */
    hold: (q: Q, bookingId: string, holds: Array<{ resource: string; cell: string }>) =>
      q
        .insertInto('mediation_holds')
        .values(holds.map((h) => ({ ...h, booking_id: bookingId })))
        .execute(),
    release: (q: Q, bookingId: string) => q.deleteFrom('mediation_holds').where('booking_id', '=', bookingId).execute(),
    /** Held cells of these resources between two cells (inclusive), to grey out taken slots. */
    heldCells: (resources: string[], fromCell: string, toCell: string) =>
      resources.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('mediation_holds')
            .select(['resource', 'cell'])
            .where('resource', 'in', resources)
            .where('cell', '>=', fromCell)
            .where('cell', '<=', toCell)
            .execute(),
  }
}

/** Accounts an invitation can reach, and the hours mediators publish. */
function mediationPeopleAndAvailability(db: Kysely<Database>) {
  return {
    /** The verified party accounts with this resident ID number: an invited party found at once. */
    verifiedByIdNumber: (idNumber: string) =>
      db
        .selectFrom('users')
        .selectAll()
        .where('real_name_status', '=', 'verified')
        .where('role', 'in', ['litigant', 'agent'])
        .where('id_number', '=', idNumber)
        .execute(),

    availability: (mediatorId: string) => db.selectFrom('mediation_availability').selectAll().where('mediator_id', '=', mediatorId).executeTakeFirst(),
    availabilityOfCourt: (courtId: string) => db.selectFrom('mediation_availability').selectAll().where('court_id', '=', courtId).execute(),
    saveAvailability: (row: MediationAvailabilityRow) =>
      db
        .insertInto('mediation_availability')
        .values(row)
        .onConflict((oc) =>
          oc.column('mediator_id').doUpdateSet({
            court_id: row.court_id,
            slot_minutes: row.slot_minutes,
            weekly_json: row.weekly_json,
            overrides_json: row.overrides_json,
            venue_kind: row.venue_kind,
            room_id: row.room_id,
            updated_at: row.updated_at,
          }),
        )
        .execute(),
  }
}

/** The in-app notices of each mediation. */
function mediationNotices(db: Kysely<Database>) {
  return {
    insertNotices: (rows: MediationNoticeRow[], q: Q = db) =>
      rows.length === 0
        ? Promise.resolve()
        : q
            .insertInto('mediation_notices')
            .values(rows)
            .execute()
            .then(() => undefined),
    noticesFor: (userId: string, limit = 50) =>
      db
        .selectFrom('mediation_notices')
        .selectAll()
        .where('recipient_id', '=', userId)
        .where('channel', '=', 'inbox')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute(),
    noticesOf: (mediationId: string) =>
      db.selectFrom('mediation_notices').selectAll().where('mediation_id', '=', mediationId).orderBy('created_at').orderBy('id').execute(),
    markNoticesRead: (userId: string, at: string) =>
      db.updateTable('mediation_notices').set({ read_at: at }).where('recipient_id', '=', userId).where('read_at', 'is', null).execute(),
  }
}
export type MediationRepository = ReturnType<typeof mediationRepository>
