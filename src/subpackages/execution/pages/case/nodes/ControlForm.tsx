import { Text, View } from '@tarojs/components'
import { PROPERTY_LEAD_KINDS } from '@domain/enforcement/types'
import type { AssetCategory, ControlMeasureKind } from '@domain/enforcement/types'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { Choices } from '../../../components/Choices'
import { useForm } from '../../../useForm'
import { useState } from 'react'
import { fenOf, SaveButton, today, type NodeFormProps } from './shared'

const MEASURES: ReadonlyArray<readonly [ControlMeasureKind, string]> = [
  ['freeze', '冻结'],
  ['seal', '查封'],
  ['seize', '扣押'],
  ['deduct', '划拨'],
]
const ASSETS: ReadonlyArray<readonly [AssetCategory, string]> = [
  ['deposit', '银行存款（最长1年）'],
  ['movable', '动产（最长2年）'],
  ['immovable', '不动产（最长3年）'],
  ['property-right', '其他财产权（最长3年）'],
]

/**
 * 冻结/查封/扣押/划拨 with the ruling number and its term (《民诉法解释》第四百八十五条): the expiry is
 * what the ruling states, or computed from the asset when left empty; renewals are due before it.
 */
export function ControlForm({ c, busy, record }: NodeFormProps) {
  const found = c.leads.filter((l) => l.outcome === 'found')
  const first = found[0]
  const { v, set } = useForm({
    measure: 'freeze',
    asset: first ? PROPERTY_LEAD_KINDS[first.kind].asset : 'deposit',
    leadId: first?.id ?? '',
    description: first ? first.description : '',
    rulingNumber: c.caseNumber ? `${c.caseNumber}之一` : '',
    effectiveOn: today(),
    expiresOn: '',
    amountText: '',
  })
  const [error, setError] = useState<string | null>(null)
  const save = () => {
    const amount = v.amountText.trim() ? fenOf(v.amountText) : null
    if (amount && 'error' in amount) return setError(amount.error)
    setError(null)
    const measure = v.measure as ControlMeasureKind
    void record(
      {
        kind: 'control',
        measure,
        asset: v.asset as AssetCategory,
        description: v.description.trim(),
        ...(v.leadId ? { leadId: v.leadId } : {}),
        rulingNumber: v.rulingNumber.trim(),
        effectiveOn: v.effectiveOn,
        ...(v.expiresOn.trim() ? { expiresOn: v.expiresOn.trim() } : {}),
        ...(amount ? { amountFen: amount.fen } : {}),
      },
      `${MEASURES.find(([k]) => k === measure)?.[1] ?? ''}已记录`,
    )
  }
  return (
    <View>
      <Choices idPrefix='control-measure' label='措施' options={MEASURES} value={v.measure as ControlMeasureKind} onChange={set('measure')} />
      {found.length > 0 ? (
        <Choices
          idPrefix='control-lead'
          label='针对哪条线索（选填）'
          options={found.map((l) => [l.id, `${l.kindName}：${l.description.slice(0, 12)}`] as const)}
          value={v.leadId}
          onChange={(id) => {
            const l = found.find((x) => x.id === id)
            set('leadId')(id)
            if (l) {
              set('asset')(PROPERTY_LEAD_KINDS[l.kind].asset)
              set('description')(l.description)
            }
          }}
        />
      ) : null}
      <Choices idPrefix='control-asset' label='财产类别（决定最长期限）' options={ASSETS} value={v.asset as AssetCategory} onChange={set('asset')} />
      <Field name='control-description' label='财产' value={v.description} maxlength={500} onInput={set('description')} />
      <Field name='control-ruling' label='裁定书文号' value={v.rulingNumber} maxlength={60} onInput={set('rulingNumber')} />
      <DateField name='control-effective' label='生效日期' value={v.effectiveOn} start='2020-01-01' onChange={set('effectiveOn')} />
      {v.measure !== 'deduct' ? (
        <DateField
          name='control-expires'
          label='到期日（按裁定填写；不填则按最长期限计算）'
          value={v.expiresOn}
          start='2020-01-01'
          onChange={set('expiresOn')}
        />
      ) : (
        <Text className='muted'>划拨直接把钱划到法院账户，没有期限；到账后请记录“执行款到账”。</Text>
      )}
      <Field name='control-amount' label='金额（元，选填）' type='digit' value={v.amountText} onInput={set('amountText')} />
      <FieldError message={error} />
      <SaveButton id='save-control' busy={busy} onClick={save} />
    </View>
  )
}

/** 续行 before the term runs out, or 解除. */
export function RenewalForm({ c, busy, record }: NodeFormProps) {
  const running = c.controls.filter((m) => !m.endedOn && m.expiresOn)
  const { v, set } = useForm({ controlId: running[0]?.id ?? '', action: 'renew', rulingNumber: '', effectiveOn: today(), expiresOn: '', reason: '' })
  if (running.length === 0) return <Text className='muted'>没有需要续行或解除的查封、冻结、扣押。</Text>
  return (
    <View>
      <Choices
        idPrefix='renew-control'
        label='哪项措施'
        options={running.map((m) => [m.id, `${m.measureName}：${m.description.slice(0, 10)}（${m.expiresOn ?? ''}到期）`] as const)}
        value={v.controlId}
        onChange={set('controlId')}
      />
      <Choices
        idPrefix='renew-action'
        options={
          [
            ['renew', '续行'],
            ['release', '解除'],
          ] as const
        }
        value={v.action as 'renew' | 'release'}
        onChange={set('action')}
      />
      {v.action === 'renew' ? (
        <View>
          <Field name='renew-ruling' label='续行裁定书文号' value={v.rulingNumber} maxlength={60} onInput={set('rulingNumber')} />
          <DateField name='renew-effective' label='续行生效日期' value={v.effectiveOn} start='2020-01-01' onChange={set('effectiveOn')} />
          <DateField name='renew-expires' label='续行到期日（不填则按最长期限计算）' value={v.expiresOn} start='2020-01-01' onChange={set('expiresOn')} />
          <SaveButton
            id='save-renewal'
            busy={busy}
            onClick={() =>
              void record(
                {
                  kind: 'control-renewal',
                  controlId: v.controlId,
                  rulingNumber: v.rulingNumber.trim(),
                  effectiveOn: v.effectiveOn,
                  ...(v.expiresOn.trim() ? { expiresOn: v.expiresOn.trim() } : {}),
                },
                '续行已记录',
              )
            }
          />
        </View>
      ) : (
        <View>
          <DateField name='release-on' label='解除日期' value={v.effectiveOn} start='2020-01-01' onChange={set('effectiveOn')} />
          <Field name='release-reason' label='解除原因' value={v.reason} maxlength={500} onInput={set('reason')} />
          <SaveButton
            id='save-release'
            busy={busy}
            onClick={() => void record({ kind: 'control-release', controlId: v.controlId, on: v.effectiveOn, reason: v.reason.trim() }, '解除已记录')}
          />
        </View>
      )}
    </View>
  )
}
