import { View } from '@tarojs/components'
import { useState } from 'react'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { Choices } from '../../../components/Choices'
import { useForm } from '../../../useForm'
import { Area, fenOf, SaveButton, today, type NodeFormProps } from './shared'

type Step = 'valuation' | 'auction' | 'sale' | 'in-kind'
const STEPS: ReadonlyArray<readonly [Step, string]> = [
  ['valuation', '评估（确定参考价）'],
  ['auction', '拍卖'],
  ['sale', '变卖'],
  ['in-kind', '以物抵债'],
]

/** 评估/拍卖/变卖/以物抵债 of seized property. */
export function DisposalForm({ c, busy, record }: NodeFormProps) {
  const { v, set } = useForm({ step: 'valuation', controlId: c.controls[0]?.id ?? '', on: today(), description: '', amountText: '' })
  const [error, setError] = useState<string | null>(null)
  const save = () => {
    const amount = v.amountText.trim() ? fenOf(v.amountText) : null
    if (amount && 'error' in amount) return setError(amount.error)
    setError(null)
    void record(
      {
        kind: 'disposal',
        step: v.step as Step,
        ...(v.controlId ? { controlId: v.controlId } : {}),
        on: v.on,
        description: v.description.trim(),
        ...(amount ? { amountFen: amount.fen } : {}),
      },
      '处置情况已记录',
    )
  }
  return (
    <View>
      <Choices idPrefix='disposal-step' label='环节' options={STEPS} value={v.step as Step} onChange={set('step')} />
      {c.controls.length > 0 ? (
        <Choices
          idPrefix='disposal-control'
          label='处置哪项财产'
          options={c.controls.map((m) => [m.id, `${m.measureName}：${m.description.slice(0, 12)}`] as const)}
          value={v.controlId}
          onChange={set('controlId')}
        />
      ) : null}
      <DateField name='disposal-on' label='日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Area id='disposal-description' label='处置情况' value={v.description} onInput={set('description')} />
      <Field name='disposal-amount' label='金额（元，选填）' type='digit' value={v.amountText} onInput={set('amountText')} />
      <FieldError message={error} />
      <SaveButton id='save-disposal' busy={busy} onClick={save} />
    </View>
  )
}
