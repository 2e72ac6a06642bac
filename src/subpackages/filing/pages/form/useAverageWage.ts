import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { averageWageFor } from '@domain/smallClaims/averageWageFor'
import { courtsApi } from '../../../../api/courts'
import { wagesApi } from '../../../../api/wages'
import { provinceOfCourtCode, type WageState } from './procedure'

const CODES_KEY = 'court.courtCodes'

let codes: Promise<Record<string, string> | null> | null = null

/**
 * Court ids → court codes (c-ergun → 内0784), once per app run, kept on the phone so a draft
 * opened without signal still knows its court's province. Null when neither the server nor the
 * phone has them; the next call asks again.
 */
function courtCodes(): Promise<Record<string, string> | null> {
  codes ??= courtsApi
    .list()
    .then((list) => {
      if (!Array.isArray(list)) throw new Error('not a list of courts')
      const map = Object.fromEntries(list.map((c) => [c.id, c.code]))
      Taro.setStorageSync(CODES_KEY, map)
      return map
    })
    .catch(() => {
      codes = null
      const saved = Taro.getStorageSync(CODES_KEY) as Record<string, string> | ''
      return saved && typeof saved === 'object' ? saved : null
    })
  return codes
}

/** Forgets the court codes fetched (tests). */
export function resetCourtCodes(): void {
  codes = null
}

/** The shipped figure, which stands until (or unless) the court's own figures arrive. */
function shipped(province: string, today: string): WageState {
  const wage = averageWageFor({ province, filedOn: today })
  return wage ? { state: 'found', wage, fromCourt: false } : { state: 'none' }
}

/**
 * The average wage that sets a filing's small-claims threshold: the province of the court the case
 * belongs to, the year before today. The figures shipped with the app answer at once; the court's
 * own (GET /average-wages, which its admin keeps each year) replace them when they come, and a
 * failed or empty reply leaves the shipped answer standing.
 *
 * @param courtId the court the case belongs to (targetCourtId)
 * @param today 'YYYY-MM-DD' in Asia/Shanghai
 */
export function useAverageWage(courtId: string, today: string): WageState {
  const [province, setProvince] = useState<string | null | undefined>(undefined)
  const [wage, setWage] = useState<WageState>({ state: 'looking' })

  useEffect(() => {
    let live = true
    void courtCodes().then((map) => {
      if (!live || !map) return
      const code = map[courtId]
      setProvince(code ? provinceOfCourtCode(code) : null)
    })
    return () => {
      live = false
    }
  }, [courtId])

  useEffect(() => {
    if (province === undefined) return
    if (province === null) {
      setWage({ state: 'none' })
      return
    }
    let live = true
    setWage(shipped(province, today))
    wagesApi.list(province).then(
      (reply) => {
        if (!live || !Array.isArray(reply?.wages)) return
        try {
          const fromCourt = averageWageFor({ province, filedOn: today, wages: reply.wages })
          if (fromCourt) setWage({ state: 'found', wage: fromCourt, fromCourt: true })
        } catch {
          // A malformed entry from the server: the shipped figure stays.
        }
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [province, today])

  return wage
}
