import { sql, type Kysely } from 'kysely'

/** Farm-season-aware hearing scheduling: farm profiles, the court's farm calendar per year, scheduling requests and hearings. */
export async function up(db: Kysely<any>): Promise<void> {
  // One per litigant: where they farm, what they do, and the days they declared they cannot come.
  await db.schema
    .createTable('farm_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('region', 'text')
    .addColumn('activities_json', 'text', (c) => c.notNull())
    .addColumn('busy_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // The court admin's adjustments of the shipped farm windows, one row per court and year.
  await db.schema
    .createTable('farm_calendar_overrides')
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('overrides_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('farm_calendar_overrides_pk', ['court_id', 'year'])
    .execute()

  // The judge asks the parties to choose a hearing date: status open → scheduled (or withdrawn).
  await db.schema
    .createTable('hearing_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('hearing_id', 'text')
    .execute()
  await db.schema.createIndex('hearing_requests_case').on('hearing_requests').column('case_id').execute()
  // At most one open request per case, even when two clerks press at once.
  await db.schema
    .createIndex('hearing_requests_one_open')
    .on('hearing_requests')
    .column('case_id')
    .unique()
    .where(sql.ref('status'), '=', sql.lit('open'))
    .execute()

  // Each party's latest answer to a request: a chosen half-day, or busy dates declared.
  await db.schema
    .createTable('hearing_answers')
    .addColumn('request_id', 'text', (c) => c.notNull().references('hearing_requests.id'))
    .addColumn('party_idx', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('half', 'text')
    .addColumn('judge_id', 'text')
    .addColumn('room_id', 'text')
    .addColumn('busy_json', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('hearing_answers_pk', ['request_id', 'party_idx'])
    .execute()

  await db.schema
    .createTable('hearings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('request_id', 'text', (c) => c.references('hearing_requests.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('half', 'text', (c) => c.notNull())
    .addColumn('judge_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('courtrooms.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('postpone_reason', 'text')
    .addColumn('summons_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('postponed_by', 'text', (c) => c.references('users.id'))
    .addColumn('postponed_at', 'text')
    .addColumn('held_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('hearings_case').on('hearings').column('case_id').execute()
  await db.schema.createIndex('hearings_court_date').on('hearings').columns(['court_id', 'date']).execute()
  // The double-booking guard: a judge, and a room or circuit point, hold one hearing per half-day.
  // A postponed hearing gives its half-day back, so the rule covers only the others.
  const live = sql<boolean>`status <> 'postponed'`
  await db.schema.createIndex('hearings_judge_half_day').on('hearings').columns(['judge_id', 'date', 'half']).unique().where(live).execute()
  await db.schema.createIndex('hearings_room_half_day').on('hearings').columns(['room_id', 'date', 'half']).unique().where(live).execute()
  // One scheduled hearing per case at a time: rescheduling means postponing first (民事诉讼法第一百四十九条).
  await db.schema.createIndex('hearings_case_scheduled').on('hearings').column('case_id').unique().where(sql.ref('status'), '=', sql.lit('scheduled')).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['hearings', 'hearing_answers', 'hearing_requests', 'farm_calendar_overrides', 'farm_profiles']) {
    await db.schema.dropTable(t).ifExists().execute()
  }
}
