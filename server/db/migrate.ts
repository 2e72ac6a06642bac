import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import type { Kysely } from 'kysely'
import * as m001 from '../migrations/001_foundation'
import * as m002 from '../migrations/002_filings'
import * as m003 from '../migrations/003_service'
import * as m004 from '../migrations/004_mediation'
import * as m005 from '../migrations/005_hearings'
import * as m006 from '../migrations/006_messages'
import * as m007 from '../migrations/007_filing_agents'
import * as m008 from '../migrations/008_sessions'
import * as m009 from '../migrations/009_service_signatures'
import * as m010 from '../migrations/010_identity'
import * as m011 from '../migrations/011_small_claims'
import * as m012 from '../migrations/012_enforcement'
import * as m014 from '../migrations/014_idempotency'
import * as m017 from '../migrations/017_real_name_review'
import * as m018 from '../migrations/018_notifications'
import * as m021 from '../migrations/021_metrics'
import * as m022 from '../migrations/022_staff_tasks'
import * as m024 from '../migrations/024_list_indexes'
import * as m025 from '../migrations/025_enforcement_list_indexes'
import * as m026 from '../migrations/026_more_list_indexes'
import * as m027 from '../migrations/027_work_list_indexes'

// Listed explicitly (not read from disk) so the same migrations run from tsx, jest and a bundle.
const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_filings': m002,
  '003_service': m003,
  '004_mediation': m004,
  '005_hearings': m005,
  '006_messages': m006,
  '007_filing_agents': m007,
  '008_sessions': m008,
  '009_service_signatures': m009,
  '010_identity': m010,
  '011_small_claims': m011,
  '012_enforcement': m012,
  '014_idempotency': m014,
  '017_real_name_review': m017,
  '018_notifications': m018,
  '021_metrics': m021,
  '022_staff_tasks': m022,
  '024_list_indexes': m024,
  '025_enforcement_list_indexes': m025,
  '026_more_list_indexes': m026,
  '027_work_list_indexes': m027,
}

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return migrations
  }
}

export async function migrateToLatest(db: Kysely<any>, pgSchema?: string): Promise<void> {
  // Naming the schema keeps Kysely's lock-table lookup from seeing another schema's tables.
  const migrator = new Migrator({ db, provider: new StaticProvider(), migrationTableSchema: pgSchema })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) throw new Error(`Migration failed: ${failed?.migrationName ?? ''} ${String(error)}`)
}
