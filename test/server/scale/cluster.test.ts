import { startCluster, type Cluster } from '../../../ops/cluster'
import { runLoad, type PhaseResult } from '../../../ops/clusterLoad'

// npm run cluster:load, bounded for CI: a throwaway PostgreSQL, Redis and s3rver, two API
// processes behind nginx, and litigants filing through them while one process is SIGKILLed and
// started again. The database is the judge: nothing acknowledged lost, nothing done twice.
let cluster: Cluster
let results: PhaseResult[]

beforeAll(async () => {
  cluster = await startCluster()
  results = await runLoad(cluster, 24)
}, 480_000)
afterAll(async () => cluster?.stop(), 120_000)

const phase = (name: string) => results.find((r) => r.phase === name)!

it.each(['one', 'two', 'failover'])('%s: every litigant\u2019s filing is submitted once, none lost, no journey failed', (name) => {
  const r = phase(name)
  expect(r.failures).toEqual([])
  expect({ submitted: r.finished, failed: r.failed, lost: r.lost, duplicates: r.duplicates }).toEqual({ submitted: 24, failed: 0, lost: 0, duplicates: 0 })
  expect(r.judgeReads).toBeGreaterThan(0)
  expect(r.judgeFailures).toBe(0)
})

it('killed one process midway and had it answering again before the phase ended', () => {
  const r = phase('failover')
  expect(r.killedAt).not.toBeNull()
  expect(r.backAt).toBeGreaterThan(r.killedAt!)
  expect(r.backAt).toBeLessThanOrEqual(r.seconds + 30)
})

it('measured the two-process cluster and one process in the same run', () => {
  expect(phase('one').requestsPerSecond).toBeGreaterThan(0)
  expect(phase('two').requestsPerSecond).toBeGreaterThan(0)
})
