import { call, filedCase, teams, terminate, WHO } from '../enforcement/fixture'
import { makeApp, type TestApp } from '../helpers'

const URL = '/court/metrics/enforcement?period=range&from=2026-11-01&to=2027-03-31'

describe('the 执行指挥中心 figures follow the enforcement work as it is recorded', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeApp()
  }, 120_000)
  afterAll(() => t.close())

  it('counts a case once it is filed, and as closed once its 终本 closure is recorded', async () => {
    const figures = async () => (await call(t, WHO.teamJudge, 'GET', URL)).json().counts
    expect(await figures()).toMatchObject({ accepted: 0, closed: 0, closureRate: null })
    const { a } = await teams(t)
    const c = await filedCase(t, a)
    expect(await figures()).toMatchObject({ accepted: 1, closed: 0, closureRate: 0 })
    t.clock.set('2027-03-01T10:00:00+08:00')
    await terminate(t, c, '2027-03-01')
    expect(await figures()).toMatchObject({ accepted: 1, closed: 1, closureRate: 1, terminated: 1, terminationQualified: 1 })
  }, 60_000)
})
