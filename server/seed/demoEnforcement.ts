import type { FastifyInstance } from 'fastify'
import type { BuildOptions } from '../app'
import type { AppConfig } from '../config'
import type { Db } from '../db/connect'
import type { UserRow } from '../repositories/users'
import { hashPassword } from '../services/passwords'
import { DEMO_STAFF_PASSWORD } from './demo'
import { caller, seedClock } from './demoEnforcementCaller'
import { seedCases } from './demoEnforcementCases'

export { DEMO_ENFORCEMENT } from './demoEnforcementCases'

/**
 * Demo enforcement (执行) cases for `npm start`: one in every state, 涉农 ones among them, and the
 * court's "3+1" teams. Each is made through the real routes on a second app whose clock the seed
 * moves day by day, so the 执 numbers, the signed chain, the ledger and every deadline are what the
 * use cases would have made on those days. Days are relative to the seed clock (`now`).
 */

/** The extra staff a "3+1" team needs beside the demo judges and clerk: 法官助理, 书记员, 法警. */
export const DEMO_ENFORCEMENT_STAFF: Array<Pick<UserRow, 'id' | 'role' | 'court_id' | 'account' | 'display_name' | 'real_name'>> = [
  { id: 's-assistant-he', role: 'clerk', court_id: 'c-ergun', account: 'assistant.he', display_name: '何佳（法官助理）', real_name: '何佳' },
  { id: 's-clerk-wu', role: 'clerk', court_id: 'c-ergun', account: 'clerk.wu', display_name: '吴丽（书记员）', real_name: '吴丽' },
  { id: 's-bailiff-bai', role: 'clerk', court_id: 'c-ergun', account: 'bailiff.bai', display_name: '白音（法警）', real_name: '白音' },
]

/** Inserts the extra team members (their password is the published demo one) unless they exist. */
async function seedTeamStaff(store: Db, nowIso: string) {
  const hash = await hashPassword(DEMO_STAFF_PASSWORD)
  for (const s of DEMO_ENFORCEMENT_STAFF) {
    await store.db
      .insertInto('users')
      .values({
        ...s,
        id_number: null,
        mobile: null,
        address: null,
        real_name_status: 'verified',
        openid: null,
        demo: 1,
        created_at: nowIso,
        updated_at: nowIso,
        password_hash: hash,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
}

export interface DemoEnforcementOptions {
  store: Db
  config: AppConfig
  now: Date
  /** buildApp, handed in so this module does not import the app that calls it */
  build: (opts: BuildOptions) => Promise<FastifyInstance>
}

/**
 * Seeds the demo enforcement cases once: when the demo court has any enforcement case already,
 * nothing is done (so a second start, or cases people made themselves, are left as they are).
 */
export async function seedDemoEnforcement(opts: DemoEnforcementOptions): Promise<boolean> {
  const existing = await opts.store.db.selectFrom('enforcement_cases').select('id').where('court_id', '=', 'c-ergun').limit(1).execute()
  if (existing.length > 0) return false
  await seedTeamStaff(opts.store, opts.now.toISOString())
  const { clock, daysAgo } = seedClock(opts.now)
  const app = await opts.build({ config: { ...opts.config, seedDemo: false }, clock, store: opts.store })
  await app.ready()
  try {
    await seedCases(caller(app), daysAgo)
  } finally {
    await app.close()
  }
  return true
}
