import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { parseCalendarDay } from '@domain/dates/parseCalendarDay'
import { parseYuan } from '@domain/money/parseYuan'
import type { Court } from '../../../../api/types'
import { courtsApi } from '../../../../api/courts'
import { enforcementApi, type ApplicationPeriodView, type ApplyBody, type EligibleCase } from '../../../../api/enforcement'
import { toApiError } from '../../../../api/errors'
import type { FileInfo } from '../../../../api/filings'
import { newIdempotencyKey } from '../../../../api/request'
import { checkLead, toLeadInput, type LeadDraft } from '../../components/LeadForm'

export const STEPS = ['执行依据', '执行请求', '财产线索', '核对并提交'] as const

export type OutsideKind = 'arbitral-award' | 'notarial-deed'
export const OUTSIDE_KINDS: Record<OutsideKind, { name: string; issuerHint: string }> = {
  'arbitral-award': { name: '仲裁裁决书', issuerHint: '例如：呼伦贝尔仲裁委员会' },
  'notarial-deed': { name: '赋予强制执行效力的公证债权文书', issuerHint: '例如：额尔古纳市公证处' },
}

export interface OutsideDraft {
  documentKind: OutsideKind
  documentNumber: string
  issuer: string
  effectiveOn: string
  performanceDueOn: string
  courtId: string
  files: FileInfo[]
  respondentName: string
  respondentType: 'person' | 'organisation'
  respondentIdNumber: string
  respondentMobile: string
  amountText: string
  cause: string
}

export type Source = { kind: 'case'; sourceCaseId: string } | { kind: 'outside' }
export type Errors = Partial<Record<string, string>>

const emptyOutside = (): OutsideDraft => ({
  documentKind: 'arbitral-award',
  documentNumber: '',
  issuer: '',
  effectiveOn: '',
  performanceDueOn: '',
  courtId: 'c-ergun',
  files: [],
  respondentName: '',
  respondentType: 'person',
  respondentIdNumber: '',
  respondentMobile: '',
  amountText: '',
  cause: '',
})

const isDay = (s: string) => {
  try {
    parseCalendarDay(s.trim())
    return true
  } catch {
    return false
  }
}

function amountOf(text: string): { fen: number } | { error: string } {
  try {
    return { fen: parseYuan(text, 'amount') }
  } catch (e) {
    return { error: (e as Error).message }
  }
}

/** What is wrong on a step, in words, before anything is sent; the server checks the same again. */
export function checkStep(
  step: number,
  s: { source: Source | null; outside: OutsideDraft; requests: string; lead: LeadDraft | null; declaration: boolean },
): Errors {
  const e: Errors = {}
  if (step === 0) {
    if (!s.source) e.source = '请选择要申请执行的案件或文书'
    if (s.source?.kind === 'outside') {
      const o = s.outside
      if (o.documentNumber.trim().length < 2) e.documentNumber = '请填写文书上的编号，例如（2026）呼仲裁字第18号'
      if (o.issuer.trim().length < 2) e.issuer = '请填写作出文书的机构'
      if (!isDay(o.effectiveOn)) e.effectiveOn = '请填写文书生效的日期，例如 2026-03-10'
      if (o.performanceDueOn.trim() && !isDay(o.performanceDueOn)) e.performanceDueOn = '履行期限届满日不对，例如 2026-04-10，没有可以不填'
      if (o.files.length === 0) e.files = '请拍照或上传文书，法院要看到原件的样子'
      if (o.respondentName.trim().length < 1) e.respondentName = '请填写被执行人的姓名或名称'
      const a = amountOf(o.amountText)
      if ('error' in a) e.amount = a.error
    }
  }
  if (step === 1 && s.requests.trim().length < 2) e.requests = '请写明要求对方做什么，例如支付小麦款86500元'
  if (step === 2 && s.lead && s.lead.kind) {
    if (Object.keys(checkLead(s.lead)).length > 0) e.lead = '这条线索还没填完，请填完后点“添加这条线索”，或者点“不填了”'
    else e.lead = '这条线索还没有添加，请点“添加这条线索”'
  }
  if (step === 3 && !s.declaration) e.declaration = '请阅读并勾选承诺'
  return e
}

/** The body to send, from what the form holds; null while the amount cannot be read. */
export function applyBody(s: { source: Source; outside: OutsideDraft; requests: string; leads: LeadDraft[]; agricultural: boolean }): ApplyBody | null {
  const common = { requests: s.requests.trim(), leads: s.leads.map(toLeadInput), agricultural: s.agricultural, declaration: true as const }
  if (s.source.kind === 'case') return { source: s.source, ...common }
  const o = s.outside
  const a = amountOf(o.amountText)
  if ('error' in a) return null
  const opt = (k: string, v: string) => (v.trim() ? { [k]: v.trim() } : {})
  return {
    source: {
      kind: 'outside',
      documentKind: o.documentKind,
      documentNumber: o.documentNumber.trim(),
      issuer: o.issuer.trim(),
      effectiveOn: o.effectiveOn.trim(),
      ...opt('performanceDueOn', o.performanceDueOn),
      courtId: o.courtId,
      fileIds: o.files.map((f) => f.id),
      respondents: [
        {
          type: o.respondentType,
          name: o.respondentName.trim(),
          ...opt('idNumber', o.respondentIdNumber.toUpperCase()),
          ...opt('mobile', o.respondentMobile),
        },
      ],
      amountFen: a.fen,
      ...opt('cause', o.cause),
    },
    ...common,
  }
}

/**
 * The 2-year period of an outside document, asked of the server as soon as a valid date is typed:
 * it runs from the end of the performance period, or from the day the document took effect.
 */
function useOutsidePeriod(active: boolean, o: OutsideDraft): ApplicationPeriodView | null {
  const [period, setPeriod] = useState<ApplicationPeriodView | null>(null)
  const from = o.performanceDueOn.trim() && isDay(o.performanceDueOn) ? o.performanceDueOn.trim() : o.effectiveOn.trim()
  useEffect(() => {
    if (!active || !isDay(from)) {
      setPeriod(null)
      return
    }
    let live = true
    enforcementApi.period(from).then(
      (p) => live && setPeriod(p),
      () => live && setPeriod(null),
    )
    return () => {
      live = false
    }
  }, [active, from])
  return period
}

/** The cases of mine whose document is effective, and the courts an outside document may go to. */
function useSources(onLoaded: (list: EligibleCase[]) => void) {
  const [eligible, setEligible] = useState<EligibleCase[] | null>(null)
  const [courts, setCourts] = useState<Court[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  useDidShow(() => {
    enforcementApi.eligible().then(
      (list) => {
        setEligible(list)
        onLoaded(list)
      },
      (e) => setLoadError(toApiError(e).message),
    )
    courtsApi.list().then(setCourts, () => undefined)
  })
  return { eligible, courts, loadError }
}

/** The leads of the application, and the one being written. */
function useLeadDrafts() {
  const [leads, setLeads] = useState<LeadDraft[]>([])
  const [lead, setLead] = useState<LeadDraft | null>(null)
  const addLead = () => {
    if (!lead || Object.keys(checkLead(lead)).length > 0) return false
    setLeads([...leads, lead])
    setLead(null)
    return true
  }
  return { leads, setLeads, lead, setLead, addLead }
}

/**
 * The 申请执行 form: its source (a case of mine whose document is effective, prefilled — or an
 * outside 仲裁裁决/公证债权文书 uploaded as evidence), the requests, leads, and the submission.
 * The 2-year period is the server's; the fee is only shown, never asked for.
 */
export function useApplication(preselected?: string) {
  const [source, setSource] = useState<Source | null>(preselected ? { kind: 'case', sourceCaseId: preselected } : null)
  const [outside, setOutside] = useState<OutsideDraft>(emptyOutside())
  const [requests, setRequests] = useState('')
  const [agricultural, setAgricultural] = useState(false)
  const [declaration, setDeclaration] = useState(false)
  const [step, setStep] = useState(0)
  const [errors, setErrors] = useState<Errors>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const key = useRef(newIdempotencyKey())
  const prefill = (c: EligibleCase | undefined) => {
    if (!c) return
    setRequests(c.requests)
    setAgricultural(c.agricultural)
  }
  const { eligible, courts, loadError } = useSources((list) => {
    if (!requests) prefill(list.find((c) => c.sourceCaseId === preselected))
  })
  const drafts = useLeadDrafts()
  const chosen = source?.kind === 'case' ? (eligible?.find((c) => c.sourceCaseId === source.sourceCaseId) ?? null) : null
  const outsidePeriod = useOutsidePeriod(source?.kind === 'outside', outside)

  const choose = (s: Source) => {
    setSource(s)
    setErrors({})
    if (s.kind === 'case') prefill(eligible?.find((x) => x.sourceCaseId === s.sourceCaseId))
  }
  const state = { source, outside, requests, lead: drafts.lead, declaration }
  const next = () => {
    const found = checkStep(step, state)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setStep(Math.min(step + 1, STEPS.length - 1))
    void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
  }
  const back = () => {
    setErrors({})
    setStep(Math.max(0, step - 1))
  }
  const submit = async () => {
    const found = { ...checkStep(0, state), ...checkStep(1, state), ...checkStep(3, state) }
    setErrors(found)
    const b = source ? applyBody({ source, outside, requests, leads: drafts.leads, agricultural }) : null
    if (Object.keys(found).length > 0 || !b) return
    setBusy(true)
    setBanner(null)
    try {
      const v = await enforcementApi.apply(b, key.current)
      await Taro.redirectTo({ url: `/subpackages/enforcement/pages/detail/index?id=${v.id}&applied=1` })
    } catch (e) {
      setBanner(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  const amount = chosen ? { fen: chosen.amountFen } : amountOf(outside.amountText)
  return {
    ...drafts,
    ...{ eligible, courts, source, choose, chosen, outside, setOutside, requests, setRequests, agricultural, setAgricultural },
    ...{ declaration, setDeclaration, step, next, back, errors, banner: banner ?? loadError, busy, submit },
    period: chosen ? chosen.period : source?.kind === 'outside' ? outsidePeriod : null,
    amountFen: 'fen' in amount ? amount.fen : null,
  }
}

export type Application = ReturnType<typeof useApplication>
