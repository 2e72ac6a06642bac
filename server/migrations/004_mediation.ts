import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  // What a mediator or judge publishes: weekly hours, date overrides, session length, where sessions happen.
  await db.schema
    .createTable('mediation_availability')
    .addColumn('mediator_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('slot_minutes', 'integer', (c) => c.notNull())
    .addColumn('weekly_json', 'text', (c) => c.notNull())
    .addColumn('overrides_json', 'text', (c) => c.notNull())
    .addColumn('venue_kind', 'text', (c) => c.notNull())
    .addColumn('room_id', 'text', (c) => c.references('courtrooms.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('mediations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('filing_id', 'text', (c) => c.references('filings.id'))
    .addColumn('case_number', 'text')
    .addColumn('procedure', 'text')
    .addColumn('dispute', 'text', (c) => c.notNull())
    .addColumn('claim', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('mediator_id', 'text', (c) => c.references('users.id'))
    .addColumn('chosen_by', 'text')
    .addColumn('received_on', 'text')
    .addColumn('mediator_confirmed_at', 'text')
    .addColumn('limit_due', 'text')
    .addColumn('booking_id', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_note', 'text')
    .addColumn('outcome_at', 'text')
    .addColumn('agreement_terms', 'text')
    .addColumn('agreement_effective_at', 'text')
    .addColumn('jc_due', 'text')
    // Set by whichever party's application completes 司法确认, once: it alone creates the filing.
    .addColumn('jc_claimed_at', 'text')
    .addColumn('jc_filing_id', 'text', (c) => c.references('filings.id'))
    .addColumn('draft_filing_id', 'text', (c) => c.references('filings.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('mediations_court_status').on('mediations').columns(['court_id', 'status']).execute()
  await db.schema.createIndex('mediations_mediator').on('mediations').column('mediator_id').execute()

  await partiesAndBookings(db)
}

async function partiesAndBookings(db: Kysely<any>): Promise<void> {
  // The two sides. A respondent is matched to an account by real name and mobile (or ID number) once they sign in.
  await db.schema
    .createTable('mediation_parties')
    .addColumn('mediation_id', 'text', (c) => c.notNull().references('mediations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text')
    .addColumn('id_number', 'text')
    .addColumn('consent_at', 'text')
    .addColumn('service_json', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('jc_applied_at', 'text')
    .addPrimaryKeyConstraint('mediation_parties_pk', ['mediation_id', 'role'])
    .execute()
  await db.schema.createIndex('mediation_parties_user').on('mediation_parties').column('user_id').execute()
  await db.schema.createIndex('mediation_parties_mobile').on('mediation_parties').column('mobile').execute()

  await db.schema
    .createTable('mediation_bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mediation_id', 'text', (c) => c.notNull().references('mediations.id'))
    .addColumn('mediator_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('venue_kind', 'text', (c) => c.notNull())
    .addColumn('room_id', 'text', (c) => c.references('courtrooms.id'))
    .addColumn('video_url', 'text')
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposer_role', 'text', (c) => c.notNull())
    .addColumn('applicant_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('respondent_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mediator_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('mediation_bookings_mediation').on('mediation_bookings').column('mediation_id').execute()

  // The hold that makes double booking impossible: one row per half hour per mediator and per room,
  // under a primary key, so of two concurrent bookings of overlapping sessions only one can commit.
  await db.schema
    .createTable('mediation_holds')
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('cell', 'text', (c) => c.notNull())
    .addColumn('booking_id', 'text', (c) => c.notNull().references('mediation_bookings.id'))
    .addPrimaryKeyConstraint('mediation_holds_pk', ['resource', 'cell'])
    .execute()
  await db.schema.createIndex('mediation_holds_booking').on('mediation_holds').column('booking_id').execute()

  // The outbox: in-app messages and SMS to send; a sender marks sent_at.
  await db.schema
    .createTable('mediation_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mediation_id', 'text', (c) => c.notNull().references('mediations.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.references('users.id'))
    .addColumn('mobile', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('read_at', 'text')
    .execute()
  await db.schema.createIndex('mediation_notices_recipient').on('mediation_notices').columns(['recipient_id', 'created_at']).execute()
  await db.schema.createIndex('mediation_notices_mobile').on('mediation_notices').column('mobile').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['mediation_notices', 'mediation_holds', 'mediation_bookings', 'mediation_parties', 'mediations', 'mediation_availability']) {
    await db.schema.dropTable(t).ifExists().execute()
  }
}
