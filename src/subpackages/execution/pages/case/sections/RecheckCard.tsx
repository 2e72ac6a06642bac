import { Text, View } from '@tarojs/components'
import { executionApi } from '../../../../../api/enforcement'
import { DateField } from '../../../../../components/DateField/DateField'
import { deadlineWords } from '../../../../enforcement/words'
import { Check } from '../../../components/Check'
import { useForm } from '../../../useForm'
import { Area, SaveButton, today } from '../nodes/shared'
import type { Section } from '../useCaseWork'

/** The six-monthly 网络查控 after a 终本, for five years (《终本规定》第九条); a found asset opens an 执恢 case. */
export function RecheckCard({ c, busy, act }: Section) {
  const t = c.termination
  const next = t?.rechecks.find((r) => !r.doneOn)
  const { v, set } = useForm({ on: today(), found: false, description: '' })
  if (!t || !next || c.viewer.side === 'applicant' || c.viewer.side === 'respondent' || c.viewer.side === 'supervisor') return null
  return (
    <View className='card' id='recheck-card'>
      <Text className='e-section-title'>第{next.number}次终本后财产复查</Text>
      <Text className={next.due.overdue ? 'e-overdue' : 'muted'}>应在{deadlineWords(next.due)}复查</Text>
      <DateField name='recheck-on' label='复查日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Check id='recheck-found' checked={v.found} onChange={set('found')}>
        发现了可供执行的财产（将恢复执行）
      </Check>
      <Area id='recheck-description' label='复查结果' value={v.description} onInput={set('description')} />
      <SaveButton
        id='save-recheck'
        busy={busy}
        onClick={() =>
          void act(
            () => executionApi.recheck(c.id, { number: next.number, on: v.on, found: v.found, description: v.description.trim() }),
            v.found ? '复查发现财产，已恢复执行' : '复查结果已记录，已告知申请执行人',
          )
        }
      />
    </View>
  )
}
