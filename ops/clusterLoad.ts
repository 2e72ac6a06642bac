import { Pool } from 'pg'
import { machine, writeSection } from '../bench/results'
import { wheatSaleComplaint } from '../server/seed/wheatSaleComplaint'
import { startCluster, type Cluster } from './cluster'
import { phone, phoneAddress, photoUpload } from './cluster/loadClient'

/**
 * npm run cluster:load: real journeys against the cluster. N litigants at once each create a
 * filing, save its draft three times, upload a photo of their evidence, attach it and submit,
 * retrying every failure with the same Idempotency-Key as the app does; judges read the review
 * queue meanwhile. Three phases on the same database: one API process alone, the two behind
 * nginx, and the two behind nginx with one killed by SIGKILL midway and started again. Then the
 * database is asked what happened: every acknowledged submit there (lost = 0), one filing per
 * litigant and one 'filing.submitted' entry per filing (duplicates = 0), every journey finished.
 */

export interface PhaseResult {
  phase: string
  litigants: number
  finished: number
  failed: number
  lost: number
  duplicates: number
  requests: number
  retries: number
  /** replies lost with a killed process, read back from the filing list as the party would */
  readBack: number
  judgeReads: number
  judgeFailures: number
  seconds: number
  journeysPerSecond: number
  requestsPerSecond: number
  /** seconds into the phase when the process was killed and when it answered again (failover only) */
  killedAt: number | null
  backAt: number | null
  /** why journeys failed, for the report (empty when none did) */
  failures: string[]
}

const COMPLAINT = (litigant: number, save: number, evidence: string[]) =>
  wheatSaleComplaint({
    claims: [{ text: '判令被告支付小麦货款', amountFen: 8_650_000 + litigant }],
    facts: `2025年9月原告向被告出售小麦20吨，约定收货后一个月内付款，被告至今未付。（第${save}次保存）`,
    evidence: evidence.length ? [{ name: '收货欠条照片', proves: '被告收到小麦并欠款', fileIds: evidence }] : [],
  })

/** A small JPEG-shaped photo, different for each litigant (content-addressed storage would fold equal ones). */
const photo = (tag: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`欠条 ${tag}`), Buffer.alloc(48 * 1024, tag.length)])

/** The load's litigants, made as demo litigants so the development sign-in admits them. */
async function makeLitigants(pool: Pool, prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`)
  const now = '2026-12-03T08:00:00+08:00'
  for (const id of ids)
    await pool.query(
      `insert into users (id, role, court_id, account, password_hash, openid, display_name, real_name, id_number, mobile, address, real_name_status, demo, created_at, updated_at, disabled_at, review_reason)
       values ($1, 'litigant', null, null, null, null, $2, $2, null, null, null, 'verified', 1, $3, $3, null, null)`,
      [id, `压测当事人${id.split('-').pop()}`, now],
    )
  return ids
}

type Outcome = { ok: true; filingId: string; filingNumber: string; readBack: number } | { ok: false; why: string }

/** 409 IDEMPOTENCY_REPLY_LOST: the action was done, but its process died before keeping the reply ("请返回刷新查看结果"). */
const replyLost = (r: { status: number; code: string | null }) => r.status === 409 && r.code === 'IDEMPOTENCY_REPLY_LOST'

async function journey(base: string, litigantId: string, index: number, deadline: number, p: ReturnType<typeof phone>, paced: boolean): Promise<Outcome> {
  // Paced, a party reads and types between steps (50–250 ms here), so a killed process finds requests in flight.
  const think = () => (paced ? new Promise((r) => setTimeout(r, 50 + Math.random() * 200)) : Promise.resolve())
  const fail = (step: string, r: { status: number; code: string | null }) => ({ ok: false as const, why: `${step}: ${r.status} ${r.code ?? ''}` })
  // Where a reply was lost with its process, the party does what the message says: goes back and looks.
  let readBack = 0
  const signIn = await p.send(base, 'POST', '/api/v1/auth/dev', { json: { userId: litigantId }, deadline })
  if (signIn.status !== 200) return fail('sign-in', signIn)
  const token = (signIn.body as { token: string }).token
  const mine = async () => {
    const r = await p.send(base, 'GET', '/api/v1/filings', { token, deadline })
    return r.status === 200 ? (r.body as Array<{ id: string; status: string; filingNumber: string | null }>) : []
  }
  const created = await p.send(base, 'POST', '/api/v1/filings', { token, json: { kind: 'civil-first', courtId: 'c-ergun' }, key: true, deadline })
  let id: string
  if (created.status === 201) id = (created.body as { id: string }).id
  else if (replyLost(created) && (await mine()).length === 1) {
    readBack += 1
    id = (await mine())[0].id
  } else return fail('create', created)
  for (let save = 1; save <= 4; save++) {
    await think()
    let evidence: string[] = []
    if (save === 4) {
      const up = await p.send(base, 'POST', '/api/v1/files', { token, raw: photoUpload('欠条.jpg', photo(litigantId)), deadline })
      if (up.status !== 201) return fail('photo', up)
      evidence = [(up.body as { id: string }).id]
    }
    const saved = await p.send(base, 'PUT', `/api/v1/filings/${id}/draft`, { token, json: COMPLAINT(index, save, evidence), key: true, deadline })
    if (replyLost(saved)) readBack += 1
    else if (saved.status !== 200) return fail(save === 4 ? 'attach' : `draft ${save}`, saved)
  }
  await think()
  const submitted = await p.send(base, 'POST', `/api/v1/filings/${id}/submit`, { token, key: true, deadline })
  if (submitted.status === 200) return { ok: true, filingId: id, filingNumber: (submitted.body as { filingNumber: string }).filingNumber, readBack }
  const seen = replyLost(submitted) ? (await mine()).find((f) => f.id === id && f.status === 'submitted' && f.filingNumber) : undefined
  if (seen) return { ok: true, filingId: id, filingNumber: seen.filingNumber!, readBack: readBack + 1 }
  return fail('submit', submitted)
}

/** Judges reading their review queue's first page until `done`, through the same base. */
async function judges(base: string, accounts: string[], firstPhone: number, done: () => boolean) {
  let reads = 0
  let failures = 0
  await Promise.all(
    accounts.map(async (account, i) => {
      const p = phone(phoneAddress(firstPhone + i))
      const deadline = () => Date.now() + 30_000
      const signIn = await p.send(base, 'POST', '/api/v1/auth/staff', { json: { account, password: 'demo1234' }, deadline: deadline() })
      if (signIn.status !== 200) {
        failures += 1
        return
      }
      const token = (signIn.body as { token: string }).token
      while (!done()) {
        const r = await p.send(base, 'GET', '/api/v1/review/filings?limit=20', { token, deadline: deadline() })
        if (r.status === 200) reads += 1
        else failures += 1
        await new Promise((res) => setTimeout(res, 100))
      }
      p.close()
    }),
  )
  return { reads, failures }
}

/** What the database holds for the phase's litigants: acknowledged submits missing, and duplicates. */
async function audit(pool: Pool, litigants: string[], acknowledged: Map<string, { filingId: string; filingNumber: string }>) {
  const filings = await pool.query<{ id: string; filer_id: string; status: string; filing_number: string | null }>(
    'select id, filer_id, status, filing_number from filings where filer_id = any($1)',
    [litigants],
  )
  const submitted = await pool.query<{ subject: string; n: string }>(
    `select subject, count(*) n from audit_log where action = 'filing.submitted' and subject = any($1) group by subject`,
    [filings.rows.map((f) => `filing:${f.id}`)],
  )
  const entries = new Map(submitted.rows.map((r) => [r.subject, Number(r.n)]))
  let duplicates = 0
  const perLitigant = new Map<string, number>()
  for (const f of filings.rows) perLitigant.set(f.filer_id, (perLitigant.get(f.filer_id) ?? 0) + 1)
  for (const n of perLitigant.values()) duplicates += Math.max(0, n - 1)
  for (const n of entries.values()) duplicates += Math.max(0, n - 1)
  let lost = 0
  for (const ack of acknowledged.values()) {
    const row = filings.rows.find((f) => f.id === ack.filingId)
    if (!row || row.status !== 'submitted' || row.filing_number !== ack.filingNumber || entries.get(`filing:${row.id}`) !== 1) lost += 1
  }
  return { lost, duplicates }
}

/**
 * One phase: `litigants` journeys through `base`, two judges reading; `midway` runs once a third
 * of the journeys have finished (the failover phase kills and restarts a process there). Unpaced,
 * every journey starts at once and runs flat out (the throughput phases); paced, parties arrive
 * over a few seconds and pause between steps (the failover phase).
 */
export async function runPhase(
  pool: Pool,
  phase: string,
  base: string,
  opts: { litigants: number; firstPhone: number; midway?: () => Promise<void>; paced?: boolean },
): Promise<PhaseResult> {
  const ids = await makeLitigants(pool, `load-${phase}-${Date.now().toString(36)}`, opts.litigants)
  const acknowledged = new Map<string, { filingId: string; filingNumber: string }>()
  const failures: string[] = []
  let readBack = 0
  let finished = 0
  let midway: Promise<void> | null = null
  let killedAt: number | null = null
  let backAt: number | null = null
  const phones = ids.map((_, i) => phone(phoneAddress(opts.firstPhone + i)))
  const started = Date.now()
  const deadline = started + 120_000
  let allDone = false
  const reading = judges(base, ['judge.wang', 'judge.zhao'], opts.firstPhone + ids.length, () => allDone)
  await Promise.all(
    ids.map(async (id, i) => {
      // Paced, the parties arrive over a few seconds instead of all in one instant.
      if (opts.paced) await new Promise((r) => setTimeout(r, i * 25))
      const outcome = await journey(base, id, i, deadline, phones[i], opts.paced === true)
      if (outcome.ok) {
        acknowledged.set(id, outcome)
        readBack += outcome.readBack
      } else failures.push(`${id} ${outcome.why}`)
      finished += 1
      if (opts.midway && !midway && finished >= Math.ceil(ids.length / 3)) {
        killedAt = (Date.now() - started) / 1000
        midway = opts.midway().then(() => {
          backAt = (Date.now() - started) / 1000
        })
      }
    }),
  )
  const seconds = (Date.now() - started) / 1000
  allDone = true
  const reads = await reading
  if (midway) await midway
  const stats = phones.map((p) => p.stats())
  phones.forEach((p) => p.close())
  const { lost, duplicates } = await audit(pool, ids, acknowledged)
  const requests = stats.reduce((s, x) => s + x.requests, 0)
  return {
    phase,
    litigants: ids.length,
    finished: acknowledged.size,
    failed: ids.length - acknowledged.size,
    lost,
    duplicates,
    requests,
    retries: stats.reduce((s, x) => s + x.retries, 0),
    readBack,
    killedAt,
    backAt,
    judgeReads: reads.reads,
    judgeFailures: reads.failures,
    seconds,
    journeysPerSecond: acknowledged.size / seconds,
    requestsPerSecond: requests / seconds,
    failures,
  }
}

/** The three phases on one cluster: one process, two behind nginx, and two with one killed midway. */
export async function runLoad(cluster: Cluster, litigants: number): Promise<PhaseResult[]> {
  const pool = new Pool({ connectionString: cluster.databaseUrl, max: 2 })
  try {
    const [first] = cluster.apis
    const results: PhaseResult[] = []
    results.push(await runPhase(pool, 'one', cluster.apis[1].url, { litigants, firstPhone: 0 }))
    results.push(await runPhase(pool, 'two', cluster.url, { litigants, firstPhone: 1000 }))
    results.push(
      await runPhase(pool, 'failover', cluster.url, {
        litigants,
        firstPhone: 2000,
        paced: true,
        midway: async () => {
          await first.kill()
          await new Promise((r) => setTimeout(r, 1_000))
          await first.start()
        },
      }),
    )
    return results
  } finally {
    await pool.end()
  }
}

const PHASE_NAMES: Record<string, string> = {
  one: 'one API process (direct)',
  two: 'two API processes behind nginx',
  failover: 'two behind nginx, one SIGKILLed and restarted midway',
}

/** The RESULTS.md section of a load run. */
export function resultsSection(results: PhaseResult[]): string {
  const row = (r: PhaseResult) =>
    `| ${PHASE_NAMES[r.phase] ?? r.phase} | ${r.litigants} | ${r.finished} | ${r.failed} | ${r.lost} | ${r.duplicates} | ${r.retries} | ${r.readBack} | ${r.judgeReads} | ${r.seconds.toFixed(1)} | ${r.journeysPerSecond.toFixed(2)} | ${r.requestsPerSecond.toFixed(1)} |`
  const one = results.find((r) => r.phase === 'one')
  const two = results.find((r) => r.phase === 'two')
  return [
    "Each litigant: sign in, create a filing, save its draft three times, upload a 48 KB photo, attach it, submit — every failure retried with the same Idempotency-Key; a reply lost with a killed process (409 IDEMPOTENCY_REPLY_LOST, 「已经办理完成，请返回刷新查看结果」) is read back from 我的案件, as the message tells the party. Two judges read the review queue throughout. PostgreSQL, Redis and s3rver are shared by the processes; nginx is ops/nginx.conf's balancer on plain HTTP. `npm run cluster:load`.",
    '',
    '| phase | litigants | submitted | failed | lost | duplicates | client retries | replies lost, read back | judge queue reads | seconds | journeys/s | requests/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(row),
    '',
    one && two
      ? `Two processes against one, same run: ${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}× the requests per second (both processes share the machine's cores with PostgreSQL, Redis, s3rver, nginx and the load itself).`
      : '',
    ...results
      .filter((r) => r.killedAt !== null)
      .map(
        (r) =>
          `In the failover phase the first process was killed ${r.killedAt?.toFixed(1)} s in and answered again ${r.backAt?.toFixed(1)} s in; the phase ran ${r.seconds.toFixed(1)} s.`,
      ),
    ...results.flatMap((r) => r.failures.slice(0, 5).map((f) => `- ${r.phase}: ${f}`)),
    `Machine: ${machine()}.`,
  ]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n')
}

// npm run cluster:load [litigants]
if (/clusterLoad\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  const litigants = Number(process.argv[2] ?? 60)
  ;(async () => {
    const cluster = await startCluster()
    try {
      const results = await runLoad(cluster, litigants)
      writeSection('cluster load', resultsSection(results))
      for (const r of results)
        console.log(
          `${r.phase}: ${r.finished}/${r.litigants} submitted, failed ${r.failed}, lost ${r.lost}, duplicates ${r.duplicates}, ${r.requestsPerSecond.toFixed(1)} req/s, ${r.retries} retries`,
        )
      if (results.some((r) => r.failed || r.lost || r.duplicates)) process.exitCode = 1
    } finally {
      await cluster.stop()
    }
  })().catch((err: unknown) => {
    console.error(err)
    process.exitCode = 1
  })
}
