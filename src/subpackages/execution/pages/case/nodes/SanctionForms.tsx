import { Text, View } from '@tarojs/components'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { Check } from '../../../components/Check'
import { Choices } from '../../../components/Choices'
import { useForm } from '../../../useForm'
import { Area, SaveButton, today, type NodeFormProps } from './shared'

/** How the debtor answered the 报告财产令, and whether the report was checked (《终本规定》第二条). */
export function AssetReportForm({ busy, record }: NodeFormProps) {
  const { v, set } = useForm({ outcome: 'reported', checkedOn: today(), sanctionedOn: '', note: '' })
  return (
    <View>
      <Choices
        idPrefix='report-outcome'
        label='被执行人报告财产的情况'
        options={
          [
            ['reported', '按期如实报告'],
            ['defaulted', '逾期、拒绝或虚假报告'],
          ] as const
        }
        value={v.outcome as 'reported' | 'defaulted'}
        onChange={set('outcome')}
      />
      <DateField name='report-checked' label='核实日期' value={v.checkedOn} start='2020-01-01' onChange={set('checkedOn')} />
      {v.outcome === 'defaulted' ? (
        <DateField
          name='report-sanctioned'
          label='罚款、拘留等处罚日期（已处罚的填）'
          value={v.sanctionedOn}
          start='2020-01-01'
          onChange={set('sanctionedOn')}
        />
      ) : null}
      <Area id='report-note' label='情况说明' value={v.note} onInput={set('note')} />
      <SaveButton
        id='save-report'
        busy={busy}
        onClick={() =>
          void record(
            {
              kind: 'asset-report',
              outcome: v.outcome as 'reported' | 'defaulted',
              checkedOn: v.checkedOn,
              ...(v.outcome === 'defaulted' && v.sanctionedOn.trim() ? { sanctionedOn: v.sanctionedOn.trim() } : {}),
              note: v.note.trim(),
            },
            '报告财产情况已记录',
          )
        }
      />
    </View>
  )
}

/** 限制消费令 (《限高规定》第一条). */
export function RestrictionForm({ c, busy, record }: NodeFormProps) {
  const { v, set } = useForm({ on: today(), documentNumber: c.caseNumber ? `${c.caseNumber}限制消费令` : '' })
  return (
    <View>
      <Text className='muted'>被执行人在执行通知指定的期限内没有履行的，可以限制消费；纳入失信名单的，应当限制消费。</Text>
      <DateField name='restriction-on' label='发布日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Field name='restriction-number' label='限制消费令文号' value={v.documentNumber} maxlength={60} onInput={set('documentNumber')} />
      <SaveButton
        id='save-restriction'
        busy={busy}
        onClick={() => void record({ kind: 'consumption-restriction', on: v.on, documentNumber: v.documentNumber.trim() }, '限制消费令已记录')}
      />
    </View>
  )
}

/** 纳入失信名单, or the recorded reason the debtor does not qualify (《失信规定》第一条、第三条、第四条). */
export function CreditListingForm({ busy, record }: NodeFormProps) {
  const { v, set } = useForm({ on: today(), listed: true, reason: '' })
  return (
    <View>
      <Check id='credit-listed' checked={v.listed} onChange={set('listed')}>
        纳入失信被执行人名单
      </Check>
      <DateField name='credit-on' label='决定日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Area
        id='credit-reason'
        label={v.listed ? '纳入的理由（《失信规定》第一条的哪一项）' : '不纳入的理由（《失信规定》第三条、第四条）'}
        value={v.reason}
        onInput={set('reason')}
      />
      <SaveButton
        id='save-credit'
        busy={busy}
        onClick={() =>
          void record(
            { kind: 'credit-listing', on: v.on, listed: v.listed, reason: v.reason.trim() },
            v.listed ? '已纳入失信名单' : '不纳入失信名单的理由已记录',
          )
        }
      />
    </View>
  )
}
