import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { executionApi, type TasksReply } from '../../../../api/enforcement'
import { toApiError } from '../../../../api/errors'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { deadlineWords } from '../../../enforcement/words'
import { CASE_PAGE, CaseRow } from '../../components/CaseRow'
import { RiskRow } from '../../components/RiskRow'
import '../../../enforcement/enforcement.scss'

/** A team member's work: what is due on their cases and by when, the risks, and the cases themselves, 涉农 first. */
export default function Tasks() {
  const [t, setT] = useState<TasksReply | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () => executionApi.tasks().then(setT, (e) => setError(toApiError(e).message))
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })
  return (
    <PageShell testId='execution-tasks'>
      <Text className='title'>我的执行任务</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {t === null && !error ? <View className='skeleton' /> : null}
      {t && t.risks.length > 0 ? (
        <View id='task-risks'>
          <Text className='e-section-title'>需要督办的事项</Text>
          {t.risks.map((r, i) => (
            <RiskRow key={`${r.code}-${r.caseId}-${i}`} r={r} />
          ))}
        </View>
      ) : null}
      {t ? (
        <View id='task-list'>
          <Text className='e-section-title'>待办（{t.tasks.length}项）</Text>
          {t.tasks.length === 0 ? <View className='card'>没有待办事项。</View> : null}
          {t.tasks.map((k, i) => (
            <View
              key={`${k.caseId}-${k.node}-${i}`}
              className={k.deadline.overdue ? 'e-item e-item--overdue' : 'e-item'}
              onClick={() => void Taro.navigateTo({ url: `${CASE_PAGE}?id=${k.caseId}` })}
            >
              <Text className='e-item__title'>
                {k.name}
                {k.agricultural ? <Text className='e-tag e-tag--green'>涉农</Text> : null}
              </Text>
              <Text style={{ display: 'block' }}>{k.text}</Text>
              <Text className={k.deadline.overdue ? 'e-overdue' : 'muted'} style={{ display: 'block' }}>
                {k.caseNumber ?? ''} 期限：{deadlineWords(k.deadline)}
              </Text>
            </View>
          ))}
          <Text className='e-section-title'>我的案件（{t.cases.length}件）</Text>
          {t.cases.map((s) => (
            <CaseRow key={s.id} s={s} />
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
