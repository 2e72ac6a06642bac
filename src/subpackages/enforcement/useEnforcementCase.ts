import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { EnforcementCaseView } from '../../api/enforcement'
import { toApiError } from '../../api/errors'

export interface ActError {
  message: string
  field?: string
  code?: string
}

/**
 * One enforcement case, reloaded on every visit and on pull-down; `act` runs one step and says
 * what happened, or keeps the server's problem (with its field) for the form to show in red.
 * The litigant's and the court's pages share it, each with its own loader.
 */
export function useEnforcementCase(load: () => Promise<EnforcementCaseView>) {
  const [c, setC] = useState<EnforcementCaseView | null>(null)
  const [error, setError] = useState<ActError | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const reload = () =>
    load().then(
      (v) => setC(v),
      (e) => setError({ message: toApiError(e).message }),
    )
  useDidShow(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh())
  })

  /** Runs one step; true when it went through (the section may then close its form). */
  const act = async (what: () => Promise<EnforcementCaseView>, done: string): Promise<boolean> => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      setC(await what())
      setNotice(done)
      return true
    } catch (e) {
      const err = toApiError(e)
      setError({ message: err.message, field: err.field, code: err.code })
      return false
    } finally {
      setBusy(false)
    }
  }
  return { c, error, notice, busy, act, reload, setNotice, setError }
}
