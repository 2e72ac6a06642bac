import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { UserRow } from '../repositories/users'
import { hashPassword } from '../services/passwords'
import { seedCourts } from './courts'

/** The password every demo staff account gets (README); never seeded in production. */
export const DEMO_STAFF_PASSWORD = 'demo1234'

type SeedUser = Pick<UserRow, 'id' | 'role' | 'court_id' | 'account' | 'display_name' | 'real_name' | 'id_number' | 'mobile' | 'address' | 'real_name_status'>

export const DEMO_STAFF: SeedUser[] = [
  {
    id: 's-judge-wang',
    role: 'judge',
    court_id: 'c-ergun',
    account: 'judge.wang',
    display_name: '王立新法官',
    real_name: '王立新',
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified',
  },
  {
    id: 's-judge-zhao',
    role: 'judge',
    court_id: 'c-ergun',
    account: 'judge.zhao',
    display_name: '赵敏法官',
    real_name: '赵敏',
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified',
  },
  {
    id: 's-clerk-liu',
    role: 'clerk',
    court_id: 'c-ergun',
    account: 'clerk.liu',
    display_name: '刘芳（书记员）',
    real_name: '刘芳',
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified',
  },
  {
    id: 's-mediator-chen',
    role: 'mediator',
    court_id: 'c-ergun',
    account: 'mediator.chen',
    display_name: '陈德胜（调解员）',
    real_name: '陈德胜',
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified',
  },
  {
    id: 's-admin-sun',
    role: 'admin',
    court_id: 'c-ergun',
    account: 'admin.sun',
    display_name: '孙强（管理员）',
    real_name: '孙强',
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified',
  },
  {
    id: 's-judge-gao',
    role: 'judge',
    court_id: 'c-dongsheng',
    account: 'judge.gao',
    display_name: '高峰法官',
    real_name: '高峰',
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified',
  },
  {
    // 鄂尔多斯中院执行指挥中心: the intermediate court's view of its basic courts (`npm run seed:ordos` fills its year).
    id: 's-admin-ordos',
    role: 'admin',
    court_id: 'c-ordos',
    account: 'admin.ordos',
    display_name: '乌兰（执行指挥中心）',
    real_name: '乌兰',
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified',
  },
]

export const DEMO_LITIGANTS: SeedUser[] = [
  {
    id: 'd-zhang-guilan',
    role: 'litigant',
    court_id: null,
    account: null,
    display_name: '张桂兰（拉布大林种植户）',
    real_name: '张桂兰',
    id_number: '150784196803120029',
    mobile: '13904701234',
    address: '内蒙古额尔古纳市拉布大林街道团结村',
    real_name_status: 'verified',
  },
  {
    id: 'd-wang-jianguo',
    role: 'litigant',
    court_id: null,
    account: null,
    display_name: '王建国（粮食收购商）',
    real_name: '王建国',
    id_number: '150784197209150019',
    mobile: '13847005678',
    address: '内蒙古额尔古纳市三河回族乡',
    real_name_status: 'verified',
  },
  {
    id: 'd-li-chunsheng',
    role: 'agent',
    court_id: null,
    account: null,
    display_name: '李春生（律师）',
    real_name: '李春生',
    id_number: '150721198507060037',
    mobile: '13614709876',
    address: '内蒙古呼伦贝尔市海拉尔区',
    real_name_status: 'verified',
  },
  {
    id: 'd-new-user',
    role: 'litigant',
    court_id: null,
    account: null,
    display_name: '新用户（未实名）',
    real_name: null,
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'none',
  },
]

/**
 * The demo mediator's weekly hours, so a fresh install can book a session: weekday mornings and
 * afternoons in the court's mediation room, one-hour sessions, lunch and the last half hour free.
 */
export const DEMO_MEDIATOR_HOURS = {
  mediatorId: 's-mediator-chen',
  courtId: 'c-ergun',
  slotMinutes: 60,
  weekly: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '14:30', end: '17:30' },
  ]),
  roomId: 'r-ergun-m',
} as const

/** Publishes the demo mediator's hours unless they already have some (hours they set stay as they are). */
async function seedMediatorHours(db: Kysely<Database>, nowIso: string): Promise<void> {
  const h = DEMO_MEDIATOR_HOURS
  await db
    .insertInto('mediation_availability')
    .values({
      mediator_id: h.mediatorId,
      court_id: h.courtId,
      slot_minutes: h.slotMinutes,
      weekly_json: JSON.stringify(h.weekly),
      overrides_json: '[]',
      venue_kind: 'room',
      room_id: h.roomId,
      updated_at: nowIso,
    })
    .onConflict((oc) => oc.column('mediator_id').doNothing())
    .execute()
}

/** Inserts the courts, the demo accounts and the demo mediator's hours; running it again changes nothing. */
export async function seedDemo(db: Kysely<Database>, nowIso: string): Promise<void> {
  await seedCourts(db)
  const existing = new Set((await db.selectFrom('users').select('id').where('demo', '=', 1).execute()).map((r) => r.id))
  const base = { openid: null, demo: 1, created_at: nowIso, updated_at: nowIso }
  for (const s of DEMO_STAFF) {
    if (existing.has(s.id)) continue
    await db
      .insertInto('users')
      .values({ ...s, ...base, password_hash: await hashPassword(DEMO_STAFF_PASSWORD) })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
  for (const l of DEMO_LITIGANTS) {
    if (existing.has(l.id)) continue
    await db
      .insertInto('users')
      .values({ ...l, ...base, password_hash: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
  await seedMediatorHours(db, nowIso)
}
