import { Text, View } from '@tarojs/components'
import { addDays } from '@domain/dates/addDays'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { Check } from '../../../components/Check'
import { useForm } from '../../../useForm'
import { SaveButton, today, type NodeFormProps } from './shared'

/**
 * 执行通知书 with 报告财产令 (《民诉法解释》第四百八十条: within 10 days of the application;
 * 《财产调查规定》第三条: sent together), served through e-service to the debtor.
 */
export function NoticeForm({ busy, record }: NodeFormProps) {
  const { v, set } = useForm({ on: today(), reportDueOn: addDays(today(), 10), performanceDays: '7', serve: true })
  const days = Number(v.performanceDays)
  return (
    <View>
      <Text className='muted'>执行通知书和报告财产令一起发出，写明履行期限和报告财产的期限，并告知不履行的后果（限制消费、纳入失信名单）。</Text>
      <DateField name='notice-on' label='发出日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Field name='notice-days' label='履行期限（日）' type='number' maxlength={2} value={v.performanceDays} onInput={set('performanceDays')} />
      <DateField name='notice-report-due' label='报告财产的期限' value={v.reportDueOn} start='2020-01-01' onChange={set('reportDueOn')} />
      <Check id='notice-serve' checked={v.serve} onChange={set('serve')}>
        通过电子送达发给被执行人，并抄送申请执行人
      </Check>
      <SaveButton
        id='save-notice'
        busy={busy}
        onClick={() =>
          void record(
            { kind: 'execution-notice', on: v.on, reportDueOn: v.reportDueOn, performanceDays: Number.isInteger(days) ? days : 0, serve: v.serve },
            v.serve ? '执行通知书和报告财产令已发出，已电子送达' : '执行通知书和报告财产令已记录',
          )
        }
      >
        发出执行通知和报告财产令
      </SaveButton>
    </View>
  )
}
