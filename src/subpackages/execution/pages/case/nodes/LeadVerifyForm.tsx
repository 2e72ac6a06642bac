import { Text, View } from '@tarojs/components'
import { DateField } from '../../../../../components/DateField/DateField'
import { Choices } from '../../../components/Choices'
import { useForm } from '../../../useForm'
import { deadlineWords } from '../../../../enforcement/words'
import { Area, SaveButton, today, type NodeFormProps } from './shared'

type Outcome = 'found' | 'not-found' | 'not-disposable'
const OUTCOMES: ReadonlyArray<readonly [Outcome, string]> = [
  ['found', '属实，发现了财产'],
  ['not-found', '没有找到'],
  ['not-disposable', '找到了但不能处置'],
]

/** 财产线索核查: within 7 days of the lead, 3 when urgent (《财产调查规定》第二条); the applicant sees the result. */
export function LeadVerifyForm({ c, busy, record }: NodeFormProps) {
  const open = c.leads.filter((l) => !l.verifiedOn)
  const { v, set } = useForm({ leadId: open[0]?.id ?? '', on: today(), outcome: 'found', note: '' })
  if (open.length === 0) return <Text className='muted'>所有财产线索都已核查。</Text>
  const lead = open.find((l) => l.id === v.leadId)
  return (
    <View>
      <Choices
        idPrefix='verify-lead'
        label='核查哪条线索'
        options={open.map((l) => [l.id, `${l.kindName}：${l.description.slice(0, 12)}`] as const)}
        value={v.leadId}
        onChange={set('leadId')}
      />
      {lead ? (
        <Text className={lead.verification.overdue ? 'e-overdue' : 'muted'} style={{ display: 'block' }}>
          在哪里：{lead.location}。核查期限：{deadlineWords(lead.verification)}
        </Text>
      ) : null}
      <DateField name='verify-on' label='核查日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Choices idPrefix='verify-outcome' label='核查结果' options={OUTCOMES} value={v.outcome as Outcome} onChange={set('outcome')} />
      <Area id='verify-note' label='核查情况' value={v.note} onInput={set('note')} />
      <SaveButton
        id='save-verify'
        busy={busy}
        onClick={() =>
          void record(
            { kind: 'lead-verification', leadId: v.leadId, on: v.on, outcome: v.outcome as Outcome, note: v.note.trim() },
            '核查结果已记录，已告知申请执行人',
          )
        }
      />
    </View>
  )
}
