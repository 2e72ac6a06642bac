/** The server's one source of time, replaceable in tests. Calendar days are Asia/Shanghai. */
export interface Clock {
  now(): Date
}
export const systemClock: Clock = { now: () => new Date() }

/** The calendar day in Asia/Shanghai (UTC+8, no daylight saving) of an instant, as YYYY-MM-DD. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** An instant as ISO 8601 with the +08:00 offset, the form every stored timestamp takes. */
export function shanghaiIso(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().replace('Z', '+08:00')
}
