import type { Kysely } from 'kysely'
import { shanghaiIso, systemClock } from '../clock'
import { loadConfig } from '../config'
import { connect } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import type { Database } from '../db/schema'
import { seedCourts } from './courts'
import { generateOrdosYear } from './ordos/generateOrdosYear'
import { ORDOS_COURTS } from './ordos/ordosCourts'
import { storeEnforcementYear } from './ordos/storeEnforcementYear'

/** What seedOrdos stored, or that the year was already there. */
export interface OrdosSeedResult {
  stored: boolean
  cases: number
  complaints: number
}

/**
 * Seeds the synthetic enforcement year of 鄂尔多斯市中级人民法院 and its basic courts: adds the basic
 * courts the reference data lacks (under c-ordos), then stores generateOrdosYear's cases and
 * complaints with their figure rows in one batched transaction. The year is fixed by its seed, so a
 * second run finds its first case and stores nothing (re-running the seed is harmless).
 *
 * @param db a migrated database
 * @param nowIso the time written as created/updated
 * @param seed the PRNG seed of the year (every seed gives the same figures; 2021 is the demo's)
 * @example await seedOrdos(db, '2026-12-02T08:00:00+08:00') // → { stored: true, cases: 28151, … }
 */
export async function seedOrdos(db: Kysely<Database>, nowIso: string, seed = 2021): Promise<OrdosSeedResult> {
  await seedCourts(db)
  await db
    .insertInto('courts')
    .values(
      ORDOS_COURTS.map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        region: 'ordos',
        phone: '12368',
        parent_id: c.id === 'c-ordos' ? null : 'c-ordos',
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  const year = generateOrdosYear(seed)
  const first = await db.selectFrom('enforcement_cases').select('id').where('id', '=', year.cases[0].id).executeTakeFirst()
  if (first) return { stored: false, cases: 0, complaints: 0 }
  await storeEnforcementYear(db, year, nowIso)
  return { stored: true, cases: year.cases.length, complaints: year.complaints.length }
}

// Run as a script (npm run seed:ordos), not when a test imports it.
if (/ordosSeed\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  const config = loadConfig(process.env)
  const store = connect({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath })
  const started = Date.now()
  migrateToLatest(store.db, store.pgSchema)
    .then(() => seedOrdos(store.db, shanghaiIso(systemClock.now())))
    .then(
      async (r) => {
        const took = ((Date.now() - started) / 1000).toFixed(1)
        console.log(r.stored ? `已写入鄂尔多斯执行案件 ${r.cases} 件、执行信访 ${r.complaints} 件（${took} 秒）` : '鄂尔多斯执行案件已存在，未重复写入')
        await store.db.destroy()
      },
      async (err: unknown) => {
        console.error(err instanceof Error ? err.message : err)
        await store.db.destroy()
        process.exit(1)
      },
    )
}
