export { freePort, startRedis, startS3, type LocalRedis, type LocalS3 } from '../../../ops/cluster/localServices'

/** Polls `check` until it holds or `ms` pass; returns how long it took. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now()
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`condition not met within ${ms} ms`)
}
