import Taro from '@tarojs/taro'
import { installHolidayTable, type HolidayTable } from '@domain/calendar/holidayTable'
import type { HolidaysReply } from '../../contract/calendar'
import { http } from './client'

export type { HolidaysReply } from '../../contract/calendar'

export const calendarApi = {
  holidays: (since?: number) => http.get<HolidaysReply>('/calendar/holidays', { params: since === undefined ? undefined : { since } }).then((r) => r.data),
}

export const HOLIDAY_CACHE_KEY = 'court.holidays'

/** Where the holiday table in use came from. */
export type HolidaySource = 'server' | 'cache' | 'built-in'

let pending: Promise<HolidaySource> | null = null

function installCached(): boolean {
  try {
    const saved = Taro.getStorageSync(HOLIDAY_CACHE_KEY) as { table?: HolidayTable } | ''
    if (!saved || !saved.table) return false
    installHolidayTable(saved.table)
    return true
  } catch {
    // A damaged cache is ignored: the built-in table is still correct up to its last year.
    return false
  }
}

/**
 * Brings the phone's holiday table up to date, once per app run: installs the table saved last
 * time (so a newly published year works offline), then asks the server for the current one,
 * installs it and saves it. On any failure the table already installed — cached or built in —
 * stays, and the next call tries the server again.
 *
 * @param since only years from this one on are fetched; older years are built into the app
 * @returns where the table now in use came from
 */
export function syncHolidayTable(since?: number): Promise<HolidaySource> {
  if (pending) return pending
  const run = (async (): Promise<HolidaySource> => {
    const cached = installCached()
    try {
      const reply = await calendarApi.holidays(since)
      installHolidayTable(reply.table)
      Taro.setStorageSync(HOLIDAY_CACHE_KEY, { table: reply.table, provisionalFrom: reply.provisionalFrom })
      return 'server'
    } catch {
      pending = null
      return cached ? 'cache' : 'built-in'
    }
  })()
  pending = run
  return run
}

/** Forgets that the table was synced (tests). */
export function resetHolidaySync(): void {
  pending = null
}
