import { makeApp, type TestApp } from '../helpers'
import { mediationApi, MON_FRI_MORNINGS } from './fixtures'

// Two people tapping the same session at the same moment: the database key on the held half hours
// lets exactly one booking commit. Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
let t: TestApp
let api: ReturnType<typeof mediationApi>
beforeAll(async () => {
  t = await makeApp()
  api = mediationApi(t)
  const room = { ...MON_FRI_MORNINGS, venue: { kind: 'room', roomId: 'r-ergun-m' } }
  await api.setAvailability('s-mediator-chen', room)
  await api.setAvailability('s-judge-zhao', { ...room, slotMinutes: 90 })
})
afterAll(async () => t.close())

/** 张桂兰 against 王建国, and 李春生 against 张桂兰: two unrelated requests. */
async function twoRequests() {
  const a = await api.request('d-zhang-guilan')
  const b = await api.request('d-li-chunsheng', {
    respondent: { name: '张桂兰', mobile: '13904701234' },
    service: { mobile: '13614709876', postalAddress: '呼伦贝尔市海拉尔区', app: true, sms: false },
    dispute: '2025年秋天替张桂兰收割小麦，工钱一直没有结清。',
  })
  return [a.id as string, b.id as string]
}

const holdsOf = (cell: string) => t.app.store.db.selectFrom('mediation_holds').selectAll().where('cell', '=', cell).execute()

describe(`double booking on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it.each(['2026-11-26T09:00', '2026-11-26T10:00', '2026-11-27T09:00', '2026-11-27T11:00', '2026-11-30T10:00'])(
    'of %s: exactly one booking succeeds, the other gets a clear refusal',
    async (at) => {
      const [a, b] = await twoRequests()
      const startsAt = `${at}:00+08:00`
      const [ra, rb] = await Promise.all([api.book('d-zhang-guilan', a, startsAt), api.book('d-li-chunsheng', b, startsAt)])
      const codes = [ra.statusCode, rb.statusCode].sort()
      expect(codes).toEqual([200, 409])
      const loser = ra.statusCode === 409 ? ra : rb
      expect(loser.json().error).toEqual({ code: 'MEDIATION_SLOT_TAKEN', message: '这个时间刚刚被别人约走了，请换一个时间', field: 'startsAt' })

      const winner = ra.statusCode === 200 ? { id: a, who: 'd-zhang-guilan' } : { id: b, who: 'd-li-chunsheng' }
      const lost = ra.statusCode === 200 ? { id: b, who: 'd-li-chunsheng' } : { id: a, who: 'd-zhang-guilan' }
      const held = await holdsOf(at)
      const bookingId = (await api.ok(winner.who, 'GET', `/mediations/${winner.id}`)).booking.id
      // One hold for the mediator and one for the room, both the winner's.
      expect(held.map((h) => h.resource).sort()).toEqual(['mediator:s-mediator-chen', 'room:r-ergun-m'])
      expect(new Set(held.map((h) => h.booking_id))).toEqual(new Set([bookingId]))
      // The loser kept nothing: no booking, no mediator taken on, and can pick another time.
      const after = await api.ok(lost.who, 'GET', `/mediations/${lost.id}`)
      expect(after).toMatchObject({ status: 'requested', booking: null, mediator: null })
      const bookings = await t.app.store.db.selectFrom('mediation_bookings').select('id').where('mediation_id', '=', lost.id).execute()
      expect(bookings).toEqual([])
    },
  )

  it('also holds when the sessions differ in length and mediator but share the 调解室', async () => {
    const [a, b] = await twoRequests()
    // 陈德胜 10:00–11:00 and 赵敏 09:00–10:30 overlap from 10:00 to 10:30 in the same room.
    const [ra, rb] = await Promise.all([
      api.book('d-zhang-guilan', a, '2026-12-01T10:00:00+08:00'),
      api.book('d-li-chunsheng', b, '2026-12-01T09:00:00+08:00', { mediatorId: 's-judge-zhao' }),
    ])
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409])
    const room = await t.app.store.db
      .selectFrom('mediation_holds')
      .select(['cell', 'booking_id'])
      .where('resource', '=', 'room:r-ergun-m')
      .where('cell', 'like', '2026-12-01%')
      .execute()
    expect(new Set(room.map((h) => h.booking_id)).size).toBe(1)
  })

  it('lets one person re-tap the same session without holding it twice', async () => {
    const [a] = await twoRequests()
    const startsAt = '2026-12-02T09:00:00+08:00'
    const [r1, r2] = await Promise.all([api.book('d-zhang-guilan', a, startsAt), api.book('d-zhang-guilan', a, startsAt)])
    expect([r1.statusCode, r2.statusCode]).toEqual([200, 200])
    const held = await holdsOf('2026-12-02T09:00')
    expect(held).toHaveLength(2)
    expect((await api.ok('d-zhang-guilan', 'GET', `/mediations/${a}`)).booking.startsAt).toBe(startsAt)
  })
})
