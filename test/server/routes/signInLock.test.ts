import { makeApp, type TestApp } from '../helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 30_000)
afterAll(async () => t.close())

let n = 0
// Each attempt from an address of its own, as from the 12 addresses of the attack: the per-address limit does not help.
const signIn = (account: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account, password }, remoteAddress: `10.2.${n++ % 250}.${Math.floor(n / 250)}` })
const later = (minutes: number) => t.clock.set(new Date(t.clock.now().getTime() + minutes * 60_000).toISOString())

describe('the per-account sign-in limit', () => {
  it('locks an account for 15 minutes on the fifth wrong password, saying how long to wait, even for the right password', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn('judge.wang', `guess-${i}`)).json().error.code).toBe('STAFF_LOGIN_FAILED')
    const fifth = await signIn('judge.wang', 'guess-4')
    expect(fifth.statusCode).toBe(429)
    expect(fifth.json().error).toEqual({
      code: 'ACCOUNT_LOCKED',
      field: 'account',
      message: '密码输错次数太多，账号已暂时锁定，请15分钟后再试；急用请联系本院管理员解锁',
    })
    expect((await signIn('judge.wang', 'demo1234')).statusCode).toBe(429)
    later(10)
    expect((await signIn('judge.wang', 'demo1234')).json().error.message).toContain('请5分钟后再试')
    later(5)
    expect((await signIn('judge.wang', 'demo1234')).statusCode).toBe(200)
  })

  it('doubles the lock each time it comes back: 15, 30, 60 minutes', async () => {
    const lockFor = async () => {
      for (let i = 0; i < 4; i++) await signIn('clerk.liu', `guess-${i}`)
      return (await signIn('clerk.liu', 'guess-4')).json().error.message as string
    }
    expect(await lockFor()).toContain('请15分钟后再试')
    later(15)
    expect(await lockFor()).toContain('请30分钟后再试')
    later(30)
    expect(await lockFor()).toContain('请1小时后再试')
    later(60)
    // A right password ends the run: the next lock is 15 minutes again.
    expect((await signIn('clerk.liu', 'demo1234')).statusCode).toBe(200)
    expect(await lockFor()).toContain('请15分钟后再试')
    later(15)
  })

  it('forgets wrong passwords more than 15 minutes apart', async () => {
    for (let i = 0; i < 4; i++) await signIn('judge.zhao', `guess-${i}`)
    later(16)
    for (let i = 0; i < 4; i++) expect((await signIn('judge.zhao', `again-${i}`)).statusCode).toBe(401)
    expect((await signIn('judge.zhao', 'demo1234')).statusCode).toBe(200)
  })

  it('treats an unknown account the same, so a lock tells nothing about which accounts exist', async () => {
    const codes = []
    for (let i = 0; i < 6; i++) codes.push((await signIn('judge.nobody', `guess-${i}`)).statusCode)
    expect(codes).toEqual([401, 401, 401, 401, 429, 429])
  })

  it('checks at most five of many guesses sent at once, so the right one among them does not get in', async () => {
    const guesses = [...Array.from({ length: 19 }, (_, i) => `guess-${i}`), 'demo1234']
    const replies = await Promise.all(guesses.map((p) => signIn('judge.gao', p)))
    const codes = replies.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(4)
    expect(codes.filter((c) => c === 200)).toEqual([])
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(15)
  })

  it('lets a court admin unlock the account at once', async () => {
    const admin = await t.as('s-admin-sun')
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/accounts/s-judge-gao/unlock', headers: admin })
    // 高峰法官 is of 东胜区法院: 额尔古纳's admin cannot unlock him.
    expect(res.statusCode).toBe(404)
    for (let i = 0; i < 5; i++) await signIn('mediator.chen', `guess-${i}`)
    expect((await signIn('mediator.chen', 'demo1234')).statusCode).toBe(429)
    const unlocked = await t.app.inject({ method: 'POST', url: '/api/v1/admin/accounts/s-mediator-chen/unlock', headers: admin })
    expect(unlocked.statusCode).toBe(200)
    expect((await signIn('mediator.chen', 'demo1234')).statusCode).toBe(200)
  })
})

describe('timing', () => {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  it('takes as long for an unknown account as for a wrong password of a real one (scrypt runs on a dummy hash)', async () => {
    const timed = async (account: string, password: string) => {
      const start = process.hrtime.bigint()
      await signIn(account, password)
      return Number(process.hrtime.bigint() - start) / 1e6
    }
    await timed('warm.up', 'x')
    const unknown: number[] = []
    const known: number[] = []
    for (let i = 0; i < 4; i++) {
      unknown.push(await timed(`ghost.${i}`, 'wrong-password'))
      known.push(await timed('admin.sun', 'wrong-password'))
    }
    expect((await signIn('admin.sun', 'demo1234')).statusCode).toBe(200)
    // scrypt takes tens of milliseconds; without the dummy an unknown account answered in one or two.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5)
  }, 30_000)
})

describe('TRUST_PROXY', () => {
  const attempts = async (app: TestApp, forwardedFor: (i: number) => string) => {
    const codes = []
    for (let i = 0; i < 11; i++) {
      const res = await app.app.inject({
        method: 'POST',
        url: '/api/v1/auth/staff',
        payload: { account: `someone.${i}`, password: 'x' },
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': forwardedFor(i) },
      })
      codes.push(res.statusCode)
    }
    return codes
  }

  it('unset: the forwarded address is ignored and a client cannot dodge the limit by making one up', async () => {
    expect((await attempts(t, (i) => `203.0.113.${i}`))[10]).toBe(429)
  })

  it('set to 1: limits key on the client the proxy names, so clients behind one proxy do not share a limit', async () => {
    const proxied = await makeApp({ TRUST_PROXY: '1' })
    try {
      expect((await attempts(proxied, (i) => `203.0.113.${i}`)).every((c) => c === 401)).toBe(true)
      expect((await attempts(proxied, () => '198.51.100.7'))[10]).toBe(429)
    } finally {
      await proxied.close()
    }
  }, 30_000)
})
