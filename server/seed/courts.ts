import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

// The courts the app serves, with their courtrooms and circuit points: reference data every
// deployment needs (a filing names its court), unlike the demo accounts.
export const COURTS = [
  // The intermediate courts first: a basic court names its parent, whose staff see its figures.
  { id: 'c-hulunbuir', code: '内07', name: '呼伦贝尔市中级人民法院', region: 'hulunbuir-pastoral', phone: '12368', parent_id: null },
  { id: 'c-ordos', code: '内06', name: '鄂尔多斯市中级人民法院', region: 'ordos', phone: '12368', parent_id: null },
  { id: 'c-ergun', code: '内0784', name: '额尔古纳市人民法院', region: 'ergun', phone: '12368', parent_id: 'c-hulunbuir' },
  { id: 'c-dongsheng', code: '内0602', name: '鄂尔多斯市东胜区人民法院', region: 'ordos', phone: '12368', parent_id: 'c-ordos' },
] as const

export const COURTROOMS = [
  { id: 'r-ergun-1', court_id: 'c-ergun', name: '第一法庭', kind: 'courtroom', address: '额尔古纳市人民法院一楼' },
  { id: 'r-ergun-2', court_id: 'c-ergun', name: '第二法庭', kind: 'courtroom', address: '额尔古纳市人民法院二楼' },
  { id: 'r-ergun-m', court_id: 'c-ergun', name: '调解室', kind: 'mediation-room', address: '额尔古纳市人民法院一楼东侧' },
  { id: 'p-labudalin', court_id: 'c-ergun', name: '拉布大林巡回审判点', kind: 'circuit-point', address: '拉布大林街道司法所' },
  { id: 'p-sanhe', court_id: 'c-ergun', name: '三河回族乡巡回审判点', kind: 'circuit-point', address: '三河回族乡政府院内' },
  { id: 'p-enhe', court_id: 'c-ergun', name: '恩和俄罗斯族民族乡巡回审判点', kind: 'circuit-point', address: '恩和村村委会' },
  { id: 'p-heishantou', court_id: 'c-ergun', name: '黑山头镇巡回审判点', kind: 'circuit-point', address: '黑山头镇司法所' },
  { id: 'r-dongsheng-1', court_id: 'c-dongsheng', name: '第一法庭', kind: 'courtroom', address: '东胜区人民法院二楼' },
] as const

/** Inserts the courts and their rooms; running it again changes nothing. */
export async function seedCourts(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('courts')
    .values([...COURTS])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  await db
    .insertInto('courtrooms')
    .values([...COURTROOMS])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}
