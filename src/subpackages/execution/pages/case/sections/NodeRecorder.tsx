import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Choices } from '../../../components/Choices'
import { ControlForm, RenewalForm } from '../nodes/ControlForm'
import { DisposalForm } from '../nodes/DisposalForm'
import { LeadVerifyForm } from '../nodes/LeadVerifyForm'
import { PayoutForm, ReceiptForm } from '../nodes/MoneyForms'
import { NoticeForm } from '../nodes/NoticeForm'
import { DatedTextForm, InterviewForm, InvestigationForm } from '../nodes/ProcedureForms'
import { AssetReportForm, CreditListingForm, RestrictionForm } from '../nodes/SanctionForms'
import { SearchForm } from '../nodes/SearchForm'
import type { NodeFormProps } from '../nodes/shared'
import type { Section } from '../useCaseWork'

type Kind =
  | 'notice'
  | 'search'
  | 'verify'
  | 'report'
  | 'control'
  | 'renewal'
  | 'disposal'
  | 'receipt'
  | 'payout'
  | 'restriction'
  | 'credit'
  | 'investigation'
  | 'interview'
  | 'settlement'
  | 'suspension'
  | 'suspension-end'

const KINDS: ReadonlyArray<readonly [Kind, string]> = [
  ['notice', '执行通知和报告财产令'],
  ['search', '网络查控结果'],
  ['verify', '财产线索核查'],
  ['report', '被执行人报告财产'],
  ['control', '冻结/查封/扣押/划拨'],
  ['renewal', '续行或解除'],
  ['disposal', '评估/拍卖'],
  ['receipt', '执行款到账'],
  ['payout', '执行款发放'],
  ['restriction', '限制消费令'],
  ['credit', '失信名单'],
  ['investigation', '财产调查结论'],
  ['interview', '约谈申请执行人'],
  ['settlement', '执行和解'],
  ['suspension', '中止执行'],
  ['suspension-end', '恢复执行（中止后）'],
]

function Form({ kind, p }: { kind: Kind; p: NodeFormProps }) {
  switch (kind) {
    case 'notice':
      return <NoticeForm {...p} />
    case 'search':
      return <SearchForm {...p} />
    case 'verify':
      return <LeadVerifyForm {...p} />
    case 'report':
      return <AssetReportForm {...p} />
    case 'control':
      return <ControlForm {...p} />
    case 'renewal':
      return <RenewalForm {...p} />
    case 'disposal':
      return <DisposalForm {...p} />
    case 'receipt':
      return <ReceiptForm {...p} />
    case 'payout':
      return <PayoutForm {...p} />
    case 'restriction':
      return <RestrictionForm {...p} />
    case 'credit':
      return <CreditListingForm {...p} />
    case 'investigation':
      return <InvestigationForm {...p} />
    case 'interview':
      return <InterviewForm {...p} />
    case 'settlement':
      return <DatedTextForm {...p} kind='settlement' label='和解内容' done='执行和解已记录' />
    case 'suspension':
      return <DatedTextForm {...p} kind='suspension' label='中止理由' done='已中止执行，已通知当事人' />
    default:
      return <DatedTextForm {...p} kind='suspension-end' label='恢复理由' done='已恢复执行，已书面通知当事人' />
  }
}

/** 记录执行节点: the team picks what was done and fills its form; each goes into the case's signed record. */
export function NodeRecorder(s: Section) {
  const [kind, setKind] = useState<Kind | null>(null)
  const { c, busy, record, error } = s
  if (!c.viewer.canRecord) return null
  const p: NodeFormProps = {
    c,
    busy,
    record: async (body, done) => {
      const ok = await record(body, done)
      if (ok) setKind(null)
      return ok
    },
  }
  return (
    <View className='card' id='node-recorder'>
      <Text className='e-section-title'>记录执行节点</Text>
      <Choices idPrefix='node' options={KINDS} value={kind} onChange={setKind} />
      {kind ? (
        <View className='e-item' id={`node-form-${kind}`}>
          {error ? <View className='banner banner--error'>{error.message}</View> : null}
          <Form kind={kind} p={p} />
        </View>
      ) : null}
    </View>
  )
}
