import { View } from '@tarojs/components'
import { DateField } from '../../../../../components/DateField/DateField'
import { Check } from '../../../components/Check'
import { Choices } from '../../../components/Choices'
import { useForm } from '../../../useForm'
import { Area, SaveButton, today, type NodeFormProps } from './shared'

/** 执行和解 (《民事诉讼法》第二百四十一条), 中止 (第二百六十七条) and its end: a date and the words. */
export function DatedTextForm({
  kind,
  label,
  done,
  busy,
  record,
}: NodeFormProps & { kind: 'settlement' | 'suspension' | 'suspension-end'; label: string; done: string }) {
  const { v, set } = useForm({ on: today(), text: '' })
  const body = kind === 'settlement' ? { kind, on: v.on, terms: v.text.trim() } : { kind, on: v.on, reason: v.text.trim() }
  return (
    <View>
      <DateField name={`${kind}-on`} label='日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Area id={`${kind}-text`} label={label} value={v.text} onInput={set('text')} />
      <SaveButton id={`save-${kind}`} busy={busy} onClick={() => void record(body, done)} />
    </View>
  )
}

type PropertyOutcome = 'none-found' | 'cannot-dispose' | 'disposable'

/** The investigation's conclusion, the search for a missing debtor and sanctions for obstruction (《终本规定》第一条第（三）、（五）项). */
export function InvestigationForm({ busy, record }: NodeFormProps) {
  const { v, set } = useForm({
    on: today(),
    propertyOutcome: 'none-found',
    debtorMissing: false,
    debtorSoughtOn: '',
    obstruction: false,
    obstructionSanctionedOn: '',
    note: '',
  })
  return (
    <View>
      <DateField name='investigation-on' label='日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Choices
        idPrefix='investigation-outcome'
        label='财产调查结论'
        options={
          [
            ['none-found', '穷尽调查，没有发现可供执行的财产'],
            ['cannot-dispose', '发现的财产不能处置'],
            ['disposable', '有可以处置的财产'],
          ] as const
        }
        value={v.propertyOutcome as PropertyOutcome}
        onChange={set('propertyOutcome')}
      />
      <Check id='investigation-missing' checked={v.debtorMissing} onChange={set('debtorMissing')}>
        被执行人下落不明
      </Check>
      {v.debtorMissing ? (
        <DateField name='investigation-sought' label='依法查找的日期' value={v.debtorSoughtOn} start='2020-01-01' onChange={set('debtorSoughtOn')} />
      ) : null}
      <Check id='investigation-obstruction' checked={v.obstruction} onChange={set('obstruction')}>
        有妨害执行的行为
      </Check>
      {v.obstruction ? (
        <DateField
          name='investigation-sanctioned'
          label='依法处罚的日期'
          value={v.obstructionSanctionedOn}
          start='2020-01-01'
          onChange={set('obstructionSanctionedOn')}
        />
      ) : null}
      <Area id='investigation-note' label='情况说明' value={v.note} onInput={set('note')} />
      <SaveButton
        id='save-investigation'
        busy={busy}
        onClick={() =>
          void record(
            {
              kind: 'investigation',
              on: v.on,
              propertyOutcome: v.propertyOutcome as PropertyOutcome,
              debtorMissing: v.debtorMissing,
              ...(v.debtorMissing && v.debtorSoughtOn.trim() ? { debtorSoughtOn: v.debtorSoughtOn.trim() } : {}),
              obstruction: v.obstruction,
              ...(v.obstruction && v.obstructionSanctionedOn.trim() ? { obstructionSanctionedOn: v.obstructionSanctionedOn.trim() } : {}),
              note: v.note.trim(),
            },
            '财产调查情况已记录',
          )
        }
      />
    </View>
  )
}

/** 约谈 the applicant before a 终本 (《终本规定》第五条): the date and what they said. */
export function InterviewForm({ busy, record }: NodeFormProps) {
  const { v, set } = useForm({ on: today(), opinion: '' })
  return (
    <View>
      <DateField name='interview-on' label='约谈日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Area id='interview-opinion' label='申请执行人的意见' value={v.opinion} onInput={set('opinion')} />
      <SaveButton id='save-interview' busy={busy} onClick={() => void record({ kind: 'interview', on: v.on, opinion: v.opinion.trim() }, '约谈记录已保存')} />
    </View>
  )
}
