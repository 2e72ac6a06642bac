import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { staffApi } from '../../../../api/filings'
import { mediationApi, type MediationAction, type MediationView } from '../../../../api/mediation'

export interface Colleague {
  id: string
  role: string
  displayName: string
}

/**
 * One mediation as the server shows it to this person, reloaded on every visit and on pull-down;
 * `act` runs one step (accept, sign …) and says what happened, or keeps the server's problem with
 * its field so the form can show it in red.
 */
export function useMediation(id: string) {
  const [m, setM] = useState<MediationView | null>(null)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [colleagues, setColleagues] = useState<Colleague[]>([])

  const load = () =>
    mediationApi.get(id).then(
      (v) => {
        setM(v)
        // Only the court assigns a mediator: fetch who can be assigned when it may.
        if (v.actions.includes('assign') && colleagues.length === 0)
          staffApi.colleagues().then(
            (c) => setColleagues(c.filter((x) => x.role === 'mediator' || x.role === 'judge')),
            () => undefined,
          )
      },
      (e) => setError({ message: toApiError(e).message }),
    )
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })

  /** Runs one step; true when it went through (the section may then close its form). */
  const act = async (what: () => Promise<MediationView>, done: string): Promise<boolean> => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      setM(await what())
      setNotice(done)
      return true
    } catch (e) {
      const err = toApiError(e)
      setError({ message: err.message, field: err.field })
      return false
    } finally {
      setBusy(false)
    }
  }

  /** 转为网上立案: the server makes a filing draft from the mediation, and the form opens on it. */
  const toFiling = async () => {
    setBusy(true)
    try {
      const { filingId } = await mediationApi.toFiling(id)
      void Taro.navigateTo({ url: `/subpackages/filing/pages/form/index?id=${filingId}` })
    } catch (e) {
      setError({ message: toApiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  const can = (a: MediationAction) => m?.actions.includes(a) ?? false
  const fieldError = (f: string) => (error?.field === f ? error.message : null)
  return { m, error, notice, busy, colleagues, act, toFiling, can, fieldError }
}

export type MediationState = ReturnType<typeof useMediation>
/** What every section of the page gets: the mediation (loaded) and the ways to act on it. */
export type SectionProps = Omit<MediationState, 'm'> & { m: MediationView; id: string }
