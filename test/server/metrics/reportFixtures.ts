import type { Kysely } from 'kysely'
import type { Database } from '../../../server/db/schema'
import { storeEnforcementYear, type StoredYearCase } from '../../../server/seed/ordos/storeEnforcementYear'

export const NOW = '2026-11-25T09:00:00+08:00'

/**
 * 额尔古纳市人民法院's enforcement cases for 2026: 9 受理 by 31 October (one filed in 2025 still
 * pending on 1 January), 7 of them closed by then — 执结率 7/9 = 77.78% — and one case of 东胜区
 * (another court) that must count nowhere here.
 */
export const ERGUN_CASES: StoredYearCase[] = [
  {
    id: 'ec-1',
    courtId: 'c-ergun',
    caseNumber: '（2025）内0784执90号',
    filedOn: '2025-12-10',
    closedOn: '2026-02-01',
    closure: 'performed',
    hasProperty: true,
    appliedFen: 500000,
    recoveredFen: 500000,
  },
  {
    id: 'ec-2',
    courtId: 'c-ergun',
    caseNumber: '（2026）内0784执1号',
    filedOn: '2026-01-05',
    closedOn: '2026-03-01',
    closure: 'performed',
    hasProperty: true,
    appliedFen: 300000,
    recoveredFen: 300000,
    agricultural: true,
  },
  {
    id: 'ec-3',
    courtId: 'c-ergun',
    caseNumber: '（2026）内0784执2号',
    filedOn: '2026-02-05',
    closedOn: '2026-10-27',
    closure: 'terminated-this-round',
    terminationChecklistComplete: true,
    appliedFen: 800000,
    recoveredFen: 0,
    enterprise: true,
  },
  {
    id: 'ec-4',
    courtId: 'c-ergun',
    caseNumber: '（2026）内0784执3号',
    filedOn: '2026-03-05',
    closedOn: '2026-04-20',
    closure: 'performed',
    hasProperty: true,
    appliedFen: 200000,
    recoveredFen: 200000,
  },
  {
    id: 'ec-5',
    courtId: 'c-ergun',
    caseNumber: '（2026）内0784执4号',
    filedOn: '2026-04-05',
    closedOn: '2026-10-26',
    closure: 'withdrawn',
    appliedFen: 100000,
    recoveredFen: 0,
  },
  {
    id: 'ec-6',
    courtId: 'c-ergun',
    caseNumber: '（2026）内0784执5号',
    filedOn: '2026-05-05',
    closedOn: '2026-09-01',
    closure: 'performed',
    hasProperty: true,
    appliedFen: 400000,
    recoveredFen: 400000,
  },
  {
    id: 'ec-7',
    courtId: 'c-ergun',
    caseNumber: '（2026）内0784执6号',
    filedOn: '2026-06-05',
    closedOn: '2026-08-01',
    closure: 'performed',
    hasProperty: true,
    appliedFen: 100000,
    recoveredFen: 100000,
  },
  { id: 'ec-8', courtId: 'c-ergun', caseNumber: '（2026）内0784执7号', filedOn: '2026-07-05' },
  { id: 'ec-9', courtId: 'c-ergun', caseNumber: '（2026）内0784执8号', filedOn: '2026-10-20' },
  {
    id: 'ec-x',
    courtId: 'c-dongsheng',
    caseNumber: '（2026）内0602执1号',
    filedOn: '2026-03-01',
    closedOn: '2026-03-02',
    closure: 'performed',
    appliedFen: 1,
    recoveredFen: 1,
  },
]

/** Stores the cases, and a judge of 呼伦贝尔市中级人民法院 (the court above 额尔古纳). */
export async function seedErgunYear(db: Kysely<Database>) {
  await storeEnforcementYear(db, { cases: ERGUN_CASES, complaints: [] }, NOW)
  await db
    .insertInto('users')
    .values({
      id: 's-judge-hlbe',
      role: 'judge',
      court_id: 'c-hulunbuir',
      account: 'hlbe-judge',
      password_hash: null,
      openid: null,
      display_name: '呼中院法官',
      real_name: null,
      id_number: null,
      mobile: null,
      address: null,
      real_name_status: 'none',
      demo: 1,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute()
}
