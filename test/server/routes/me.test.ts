import { makeApp, type TestApp } from '../helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
})
afterAll(async () => t.close())

const put = async (payload: object) => t.app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers: await t.as('d-new-user'), payload })

describe('PUT /api/v1/me/profile', () => {
  it('stores a valid real-name profile and derives birth date and sex', async () => {
    const res = await put({ realName: '刘秀英', idNumber: '150602197901220044', address: '东胜区' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      realName: '刘秀英',
      idNumberMasked: '150602********0044',
      birthDate: '1979-01-22',
      sex: 'female',
      mobile: null,
      pendingMobile: null,
      realNameStatus: 'submitted',
      // A first profile is simply in review: nothing verified was changed.
      reviewReason: null,
    })
  })

  it('takes no new mobile number without its SMS code, and changes nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: await t.as('d-new-user') })).json()
    const res = await put({ realName: '刘秀英', idNumber: '150602197901220044', mobile: '13912345678' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'PROFILE_MOBILE_NEEDS_CODE', field: 'mobile' })
    expect(res.json().error.message).toMatch(/验证码/)
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: await t.as('d-new-user') })).json()
    expect(after).toEqual(before)
  })

  it('refuses a wrong check digit, says so in Chinese and changes nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: await t.as('d-new-user') })).json()
    const res = await put({ realName: '刘秀英', idNumber: '150602197901220045', mobile: '13912345678' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'PROFILE_ID_INVALID', field: 'idNumber' })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: await t.as('d-new-user') })).json()
    expect(after).toEqual(before)
  })

  it('refuses a mobile that is not a mainland number', async () => {
    const res = await put({ realName: '刘秀英', idNumber: '150602197901220044', mobile: '12345' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'PROFILE_MOBILE_INVALID', field: 'mobile' })
  })

  it('refuses a name with digits', async () => {
    const res = await put({ realName: 'abc123', idNumber: '150602197901220044', mobile: '13912345678' })
    expect(res.json().error).toMatchObject({ code: 'PROFILE_NAME_INVALID', field: 'realName' })
  })
})
