import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { attacksOn, uploadAttacks, type Attack } from './badInput/attacks'
import { judge, type Reply } from './badInput/envelope'
import { apiRoutes, urlOf, type ApiRoute } from './badInput/routes'
import { changedTables, snapshot } from './badInput/snapshot'
import { makeApp, type TestApp } from './helpers'

/**
 * Thousands of bad requests across every route the app registers (read from its OpenAPI document, so
 * a route added later is attacked too), each sent as a caller the route admits so that it reaches
 * the input checks: wrong types, null, unknown keys at every depth, lengths, ranges, options,
 * impossible days, deep nesting, oversized bodies, broken JSON and encodings, wrong media types, bad
 * ids, query values and headers, broken uploads. Every reply must be a 4xx in the Chinese envelope
 * naming the field where one applies, and the database and the upload folder must not change.
 */

const CALLERS = ['d-zhang-guilan', 'd-li-chunsheng', 's-judge-wang', 's-clerk-liu', 's-mediator-chen', 's-admin-sun']

let t: TestApp
let uploadDir: string
const auth = new Map<string, Record<string, string>>()
let address = 0
/** A new client address per request, so the sign-in and upload rate limits never stand in front of the input checks. */
const nextAddress = () => `10.${String((++address >> 16) & 255)}.${String((address >> 8) & 255)}.${String(address & 255)}`

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-'))
  t = await makeApp({ UPLOAD_DIR: uploadDir })
  for (const who of CALLERS) auth.set(who, await t.as(who))
}, 120_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

async function send(a: Pick<Attack, 'method' | 'url' | 'headers' | 'payload'>, caller: Record<string, string>): Promise<Reply> {
  const res = await t.app.inject({
    method: a.method,
    url: a.url,
    headers: { ...caller, ...a.headers },
    remoteAddress: nextAddress(),
    ...(a.payload !== undefined ? { payload: a.payload } : {}),
  })
  return { statusCode: res.statusCode, headers: res.headers, body: res.body }
}

/** A caller the route admits: the first whose request gets past sign-in to the input checks (a NUL in the query is refused there). */
async function callerFor(route: ApiRoute): Promise<Record<string, string>> {
  const probe = { method: route.method, url: urlOf(route, { id: 'x-missing', year: '2027' }, 'zzProbe=%00') }
  for (const caller of [{}, ...CALLERS.map((who) => auth.get(who)!)]) {
    const res = await send(probe, caller)
    if (res.statusCode !== 401 && res.statusCode !== 403) return caller
  }
  throw new Error(`${route.label}: no seeded caller is admitted`)
}

/** Whether a route without a JSON body reads one (a POST or PUT), or takes an upload instead. */
async function kindOf(route: ApiRoute, caller: Record<string, string>): Promise<'json' | 'upload' | 'none'> {
  if (route.body) return 'json'
  if (route.method === 'GET') return 'none'
  const res = await send(
    { method: route.method, url: urlOf(route, { id: 'x-missing', year: '2027' }), headers: { 'content-type': 'application/json' }, payload: '{"zzProbe":1}' },
    caller,
  )
  return res.statusCode === 415 ? 'upload' : 'json'
}

interface Tally {
  tried: number
  serverErrors: number
  english: number
  accepted: number
  wrongField: number
  stateChanged: number
  failures: string[]
}

async function attackRoute(route: ApiRoute, seed: number, tally: Tally): Promise<void> {
  const caller = await callerFor(route)
  const kind = await kindOf(route, caller)
  const attacks = kind === 'upload' ? uploadAttacks(route) : attacksOn(route, kind === 'json', seed)
  const before = await snapshot(t.app.store, uploadDir)
  for (const attack of attacks) {
    const res = await send(attack, caller)
    const verdict = judge(res)
    tally.tried++
    if (verdict.serverError) tally.serverErrors++
    if (verdict.english) tally.english++
    if (!verdict.serverError && verdict.problems.some((p) => p.startsWith('accepted'))) tally.accepted++
    // A refusal before validation (a signed link that does not verify: 401) names no field.
    const fieldWrong = attack.field !== undefined && res.statusCode === 400 && verdict.field !== attack.field
    if (fieldWrong) tally.wrongField++
    const problems = [...verdict.problems, ...(fieldWrong ? [`field ${String(verdict.field)}, expected ${attack.field}`] : [])]
    if (problems.length > 0) tally.failures.push(`${route.label} — ${attack.label}: ${problems.join('; ')}`)
  }
  const changed = changedTables(before, await snapshot(t.app.store, uploadDir))
  if (changed.length > 0) {
    tally.stateChanged++
    tally.failures.push(`${route.label}: bad input changed ${changed.join(', ')}`)
  }
}

describe('bad input on every route', () => {
  it('is refused with a 4xx in the Chinese envelope, naming the field, and changes nothing', async () => {
    const routes = apiRoutes(t.app)
    expect(routes.length).toBeGreaterThan(60)
    const tally: Tally = { tried: 0, serverErrors: 0, english: 0, accepted: 0, wrongField: 0, stateChanged: 0, failures: [] }
    let seed = 1
    for (const route of routes) await attackRoute(route, seed++, tally)
    const { failures, ...figures } = tally
    // The figures the release note quotes: inputs tried / 5xx / English / state changed.
    console.log(`bad input (${t.app.store.engine}): ${JSON.stringify({ routes: routes.length, ...figures })}`)
    expect(failures.slice(0, 40)).toEqual([])
    expect(figures).toMatchObject({ serverErrors: 0, english: 0, accepted: 0, wrongField: 0, stateChanged: 0 })
    expect(figures.tried).toBeGreaterThan(3000)
  }, 600_000)
})
