import { render } from '@testing-library/react'
import { useState } from 'react'
import type { FilingData, FilingProblem } from '@domain'
import type { FileInfo, FilingView } from '../../../../src/api/filings'
import type { FileBook, StepProps } from '../../../../src/subpackages/filing/pages/form/filingSteps'
import { smallClaimsView, type WageState } from '../../../../src/subpackages/filing/pages/form/procedure'
import { ClaimsStep, type ClaimsStepProps } from '../../../../src/subpackages/filing/pages/form/steps/ClaimsStep'
import { averageWageFor } from '@domain/smallClaims/averageWageFor'

/** A draft as 张桂兰 starts it: herself as plaintiff, filled from her real-name profile. */
export function filingData(over: Partial<FilingData> = {}): FilingData {
  return {
    kind: 'civil-first',
    courtId: 'c-ergun',
    targetCourtId: 'c-ergun',
    parties: [
      { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '额尔古纳市拉布大林街道团结村' },
    ],
    claims: [],
    facts: '',
    procedure: 'simple',
    agricultural: false,
    evidence: [],
    service: {
      app: true,
      sms: true,
      mobile: '13904701234',
      postalAddress: '额尔古纳市拉布大林街道团结村',
      consentElectronic: true,
      consentSteps: ['filing', 'notices', 'summons', 'judgment'],
    },
    declaration: false,
    ...over,
  }
}

export function filingView(over: Partial<FilingView> = {}): FilingView {
  return {
    id: 'f-1',
    kind: 'civil-first',
    status: 'draft',
    version: 1,
    filingNumber: null,
    courtId: 'c-ergun',
    targetCourtId: 'c-ergun',
    crossRegion: false,
    forwarded: false,
    agricultural: false,
    data: filingData(),
    fee: null,
    smallClaims: null,
    submittedAt: null,
    review: null,
    correction: null,
    declineReason: null,
    caseNumber: null,
    procedure: null,
    judgeName: null,
    decidedAt: null,
    files: [],
    history: [],
    ...over,
  }
}

export const pdf = (id: string, name: string): FileInfo => ({ id, name, mime: 'application/pdf', size: 20480, sha256: 'x' })

/**
 * Renders a step the way the page does, with the draft held in state so typing shows; `latest()`
 * is the draft after the last change, `problems` the red text to show per field.
 */
export function renderStep<P extends StepProps>(
  Step: (p: P) => JSX.Element | null,
  opts: { data?: FilingData; problems?: FilingProblem[]; known?: FileInfo[]; extra?: Omit<P, keyof StepProps> } = {},
) {
  let current = opts.data ?? filingData()
  const remembered: FileInfo[] = []
  const known = new Map((opts.known ?? []).map((f) => [f.id, f]))
  const files: FileBook = {
    list: (ids) => ids.map((id) => known.get(id) ?? { id, name: '已上传的文件', mime: '', size: 0, sha256: '' }),
    remember: (list) => void remembered.push(...list),
  }
  const errorAt = (field: string) => opts.problems?.find((p) => p.field === field)?.message ?? null
  function Harness() {
    const [data, setData] = useState(current)
    const update = (mutate: (d: FilingData) => FilingData) => {
      current = mutate(current)
      setData(current)
    }
    const props = { ...opts.extra, data, update, errorAt, files } as P
    return <Step {...props} />
  }
  const view = render(<Harness />)
  return { ...view, latest: () => current, remembered }
}

/** 内蒙古's 2023 figure, 108,856元, as the shipped data has it: half is 54,428元, twice 217,712元. */
export const INNER_MONGOLIA: WageState = { state: 'found', wage: averageWageFor({ province: '15', filedOn: '2024-05-10' })!, fromCourt: false }

/** ClaimsStep with the page's memory of amounts as typed, and the small-claims decision of the draft as it stands. */
export function WithAmounts(p: Omit<ClaimsStepProps, 'amountText' | 'onAmountText' | 'smallClaims'> & { wage?: WageState }) {
  const [amountText, setAmountText] = useState<Record<number, string>>({})
  return (
    <ClaimsStep
      {...p}
      amountText={amountText}
      onAmountText={(i, v) => setAmountText((m) => ({ ...m, [i]: v }))}
      smallClaims={smallClaimsView(p.data, p.wage ?? INNER_MONGOLIA)}
    />
  )
}
