import Taro from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FilingData, FilingProblem } from '@domain/filing/types'
import { validateFiling } from '@domain/filing/validateFiling'
import { toApiError } from '../../../../api/errors'
import { filingsApi, type FileInfo, type FilingView } from '../../../../api/filings'
import { newIdempotencyKey } from '../../../../api/request'
import { onNetworkChange } from '../../../../utils/network'
import { todayInShanghai } from '../../../../utils/today'
import { draftStore } from '../../draftStore'
import { STEPS, stepOf, type FileBook } from './filingSteps'
import { procedureFollowing, smallClaimsView } from './procedure'
import { useAverageWage } from './useAverageWage'

export type SaveState = 'saved' | 'saving' | 'offline' | 'idle'

/** When the signal comes back, send what was typed offline without waiting for another keystroke. */
function useResendWhenOnline(data: FilingData | null, saveState: SaveState, sync: (d: FilingData) => Promise<void>) {
  const latest = useRef<{ data: FilingData | null; saveState: SaveState }>({ data: null, saveState: 'idle' })
  latest.current = { data, saveState }
  useEffect(
    () =>
      onNetworkChange((res) => {
        const { data: d, saveState: st } = latest.current
        if (res.online && d && st === 'offline') void sync(d)
      }),
    [sync],
  )
}

/** The draft as the server and this phone hold it: the phone's unsent copy wins, and goes up as soon as it can. */
function useSyncedDraft(id: string) {
  const [view, setView] = useState<FilingView | null>(null)
  const [data, setData] = useState<FilingData | null>(null)
  const [step, setStep] = useState(0)
  const [files, setFiles] = useState<Record<string, FileInfo>>({})
  const [saveState, setSaveState] = useState<SaveState>('idle')
  const [banner, setBanner] = useState<string | null>(null)

  const sync = useCallback(
    async (next: FilingData) => {
      setSaveState('saving')
      try {
        // An amount still being typed wrongly stays on the phone with its red hint; the server gets none.
        const clean = { ...next, claims: next.claims.map((c) => (c.amountFen !== undefined && c.amountFen < 0 ? { text: c.text } : c)) }
        const saved = await filingsApi.saveDraft(id, clean)
        setView((v) => (v ? { ...v, status: saved.status, version: saved.version, data: clean } : v))
        draftStore.save(id, { data: next, step, savedAt: new Date().toISOString(), synced: true })
        setSaveState('saved')
      } catch (e) {
        const err = toApiError(e)
        if (err.offline) setSaveState('offline')
        else setBanner(err.message)
      }
    },
    [id, step],
  )

  useEffect(() => {
    const local = draftStore.load(id)
    filingsApi.get(id).then(
      (v) => {
        setView(v)
        setFiles(Object.fromEntries(v.files.map((f) => [f.id, f])))
        if (v.status !== 'draft' && v.status !== 'correction-requested') {
          void Taro.redirectTo({ url: `/subpackages/filing/pages/detail/index?id=${id}` })
          return
        }
        // Unsent typing on this phone is newer than the server's copy.
        const useLocal = local && !local.synced
        setData(useLocal ? local.data : v.data)
        setStep(local?.step ?? (v.correction ? stepOf(v.correction.items[0]?.field ?? '') : 0))
        // Either the phone's unsent copy goes up now, or the server already has everything.
        if (useLocal) void sync(local.data)
        else setSaveState('saved')
      },
      (e) => {
        const err = toApiError(e)
        if (err.offline && local) {
          setData(local.data)
          setStep(local.step)
          setSaveState('offline')
        } else setBanner(err.message)
      },
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  useResendWhenOnline(data, saveState, sync)

  const book: FileBook = {
    list: (ids) => ids.map((fid) => files[fid] ?? { id: fid, name: '已上传的文件', mime: '', size: 0, sha256: '' }),
    remember: (list) => setFiles((m) => ({ ...m, ...Object.fromEntries(list.map((f) => [f.id, f])) })),
  }
  return { view, data, setData, step, setStep, files: book, saveState, banner, setBanner, sync }
}

/**
 * A filing being written: every change is kept on the phone at once and sent to the server 0.8 s
 * later (or when the signal returns); moving on checks the step with the domain's rules, and
 * submitting checks them all and jumps to the first step with a problem.
 */
export function useFilingDraft(id: string) {
  const draft = useSyncedDraft(id)
  const { data, step, sync, setBanner } = draft
  const [problems, setProblems] = useState<FilingProblem[]>([])
  const [busy, setBusy] = useState(false)
  const submitKey = useRef(newIdempotencyKey())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const today = todayInShanghai()
  const allProblems = useMemo(() => (data ? validateFiling(data, today) : []), [data, today])
  const wage = useAverageWage(data ? data.targetCourtId || data.courtId : '', today)
  const smallClaims = useMemo(() => (data ? smallClaimsView(data, wage) : ({ state: 'waiting' } as const)), [data, wage])

  const update = (mutate: (d: FilingData) => FilingData) => {
    if (!data) return
    const next = mutate(data)
    draft.setData(next)
    draftStore.save(id, { data: next, step, savedAt: new Date().toISOString(), synced: false })
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void sync(next), 800)
  }

  // The procedure follows the small-claims rule: when the cause, the amounts, a party abroad or an
  // answer changes the decision, the draft's procedure changes with it (and is saved like typing).
  const following = data ? procedureFollowing(data, smallClaims) : undefined
  const latestUpdate = useRef(update)
  latestUpdate.current = update
  useEffect(() => {
    if (following && data && following !== data.procedure) latestUpdate.current((d) => ({ ...d, procedure: following }))
  }, [following, data])

  const goTo = (target: number) => {
    if (!data) return
    if (target > step) {
      const here = allProblems.filter((p) => stepOf(p.field) === step)
      setProblems(here)
      if (here.length > 0) {
        setBanner(`这一步还有${here.length}处需要填写或改正，请看红字提示`)
        return
      }
    }
    setBanner(null)
    setProblems([])
    draft.setStep(target)
    draftStore.save(id, { data, step: target, savedAt: new Date().toISOString(), synced: draft.saveState === 'saved' })
    if (timer.current) clearTimeout(timer.current)
    void sync(data)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const submit = async () => {
    if (!data) return
    setProblems(allProblems)
    if (allProblems.length > 0) {
      setBanner(`还有${allProblems.length}处需要改正：${allProblems[0].message}`)
      draft.setStep(stepOf(allProblems[0].field))
      return
    }
    setBusy(true)
    try {
      await filingsApi.saveDraft(id, data)
      const v = await filingsApi.submit(id, submitKey.current)
      draftStore.clear(id)
      void Taro.redirectTo({ url: `/subpackages/filing/pages/receipt/index?id=${v.id}` })
    } catch (e) {
      const err = toApiError(e)
      setBanner(err.message)
      if (err.field) draft.setStep(stepOf(err.field))
    } finally {
      setBusy(false)
    }
  }

  const errorAt = (field: string) => problems.find((p) => p.field === field)?.message ?? null
  const isLast = step === STEPS.length - 1
  return { ...draft, busy, isLast, errorAt, update, goTo, submit, smallClaims }
}

export type FilingDraft = ReturnType<typeof useFilingDraft>
