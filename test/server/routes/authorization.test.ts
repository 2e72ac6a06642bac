import { makeApp, type TestApp } from '../helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
})
afterAll(async () => t.close())

describe('who may call what', () => {
  it('answers 401 without a token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me' })
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('AUTH_REQUIRED')
  })

  it('answers 401 for a forged token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/court/staff', headers: { authorization: 'Bearer abc.def.ghi' } })
    expect(res.statusCode).toBe(401)
  })

  it('refuses a litigant on a staff route with 403', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/court/staff', headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
    expect(res.json().error).toEqual({ code: 'FORBIDDEN', message: '您没有权限进行此操作' })
  })

  it('shows staff only their own court', async () => {
    const ergun = await t.app.inject({ method: 'GET', url: '/api/v1/court/staff', headers: await t.as('s-clerk-liu') })
    expect(ergun.statusCode).toBe(200)
    const ids = ergun.json().map((u: { id: string }) => u.id)
    expect(ids).toContain('s-judge-wang')
    expect(ids).not.toContain('s-judge-gao')
    const dongsheng = await t.app.inject({ method: 'GET', url: '/api/v1/court/staff', headers: await t.as('s-judge-gao') })
    expect(dongsheng.json().map((u: { id: string }) => u.id)).toEqual(['s-judge-gao'])
  })

  it('lets only litigants and agents change a real-name profile', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: await t.as('s-judge-wang'),
      payload: { realName: '王立新', idNumber: '150784197209150019', mobile: '13800000000' },
    })
    expect(res.statusCode).toBe(403)
  })

  it('settles who is asking before looking at the body', async () => {
    const noToken = await t.app.inject({ method: 'POST', url: '/api/v1/review/filings/x/decline', payload: { reason: '' } })
    expect(noToken.statusCode).toBe(401)
    const litigant = await t.app.inject({
      method: 'POST',
      url: '/api/v1/review/filings/x/decline',
      headers: await t.as('d-zhang-guilan'),
      payload: { reason: '' },
    })
    expect(litigant.statusCode).toBe(403)
    const judge = await t.app.inject({ method: 'POST', url: '/api/v1/review/filings/x/decline', headers: await t.as('s-judge-wang'), payload: { reason: '' } })
    expect(judge.statusCode).toBe(400)
  })
})
