import type { TestApp } from '../helpers'

export type Method = 'GET' | 'POST' | 'PUT'

/** Calls the API as a seeded user (or anonymously with null); `ok` throws unless the reply is 2xx. */
export function hearingApi(t: TestApp) {
  const call = async (who: string | null, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(who ? await t.as(who) : {}), ...headers },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    })
  const ok = async (who: string, method: Method, url: string, payload?: unknown) => {
    const res = await call(who, method, url, payload)
    if (res.statusCode >= 300) throw new Error(`${method} ${url} as ${who}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  return {
    call,
    ok,
    ask: (caseId: string, who = 's-judge-wang') => ok(who, 'POST', `/hearings/cases/${caseId}/requests`),
    scheduling: (caseId: string, who = 's-judge-wang') => ok(who, 'GET', `/hearings/cases/${caseId}`),
    /** The open request of a case, as the party sees it. */
    requestOf: async (caseId: string, who = 'd-zhang-guilan') => {
      const mine = (await ok(who, 'GET', '/hearing-requests')) as Array<{ id: string; caseId: string; status: string }>
      const open = mine.find((r) => r.caseId === caseId && r.status === 'open')
      if (!open) throw new Error(`no open request for ${caseId} as ${who}`)
      return ok(who, 'GET', `/hearing-requests/${open.id}`)
    },
    book: (caseId: string, body: Record<string, unknown>, who = 's-judge-wang') => call(who, 'POST', `/hearings/cases/${caseId}/hearings`, body),
  }
}

/** Row counts of the scheduling tables, to prove a refused request stored nothing. */
export async function hearingRows(t: TestApp) {
  const n = async (table: 'hearings' | 'hearing_requests' | 'hearing_answers' | 'farm_profiles' | 'farm_calendar_overrides' | 'service_documents') =>
    Number(
      (
        await t.app.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return {
    hearings: await n('hearings'),
    requests: await n('hearing_requests'),
    answers: await n('hearing_answers'),
    profiles: await n('farm_profiles'),
    overrides: await n('farm_calendar_overrides'),
    documents: await n('service_documents'),
  }
}
