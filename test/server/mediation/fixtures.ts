import type { TestApp } from '../helpers'

export const MON_FRI_MORNINGS = {
  slotMinutes: 60,
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
  overrides: [],
  venue: { kind: 'online' },
}

export const ZHANG_SERVICE = { mobile: '13904701234', postalAddress: '额尔古纳市拉布大林街道团结村', app: true, sms: true }
export const WANG_SERVICE = { mobile: '13847005678', postalAddress: '额尔古纳市三河回族乡', app: true, sms: true }
export const WANG_CONSENT = { consent: true, service: WANG_SERVICE }

/** 王建国's resident ID number: an invitation binds a person by it, never by name and mobile. */
export const WANG_ID = '150784197209150019'

/** 张桂兰 asks for pre-filing mediation with 王建国 over an unpaid wheat sale. */
export function wheatRequest(overrides: Record<string, unknown> = {}) {
  return {
    stage: 'pre-filing',
    courtId: 'c-ergun',
    dispute: '2025年9月我卖给王建国小麦20吨，约定一个月内付款，他至今没有付。',
    claim: '王建国支付小麦款86500元',
    amountFen: 8_650_000,
    respondent: { name: '王建国', mobile: '13847005678', idNumber: WANG_ID },
    consent: true,
    service: ZHANG_SERVICE,
    ...overrides,
  }
}

export function mediationApi(t: TestApp) {
  const call = async (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who ? await t.as(who) : {},
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    })
  const ok = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const res = await call(who, method, url, payload)
    if (res.statusCode >= 300) throw new Error(`${method} ${url} as ${who}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  return {
    call,
    ok,
    setAvailability: (who = 's-mediator-chen', body: unknown = MON_FRI_MORNINGS) => ok(who, 'PUT', '/mediation/availability', body),
    request: (who = 'd-zhang-guilan', overrides: Record<string, unknown> = {}) => ok(who, 'POST', '/mediations', wheatRequest(overrides)),
    book: (who: string, id: string, startsAt: string, extra: Record<string, unknown> = {}) =>
      call(who, 'POST', `/mediations/${id}/booking`, { startsAt, mediatorId: 's-mediator-chen', ...extra }),
    /** Request, book, accept and confirm: a session with 陈德胜 fixed at `startsAt`. */
    confirmed: async (startsAt: string) => {
      const m = await ok('d-zhang-guilan', 'POST', '/mediations', wheatRequest())
      await ok('d-zhang-guilan', 'POST', `/mediations/${m.id}/booking`, { startsAt, mediatorId: 's-mediator-chen' })
      await ok('d-wang-jianguo', 'POST', `/mediations/${m.id}/accept`, WANG_CONSENT)
      return ok('s-mediator-chen', 'POST', `/mediations/${m.id}/confirm`)
    },
  }
}
