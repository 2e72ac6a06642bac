import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { executionApi, type TasksReply, type TaskView } from '../../../../api/enforcement'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import { deadlineWords } from '../../../enforcement/words'
import { CASE_PAGE, CaseRow } from '../../components/CaseRow'
import { RiskRow, riskOrder } from '../../components/RiskRow'
import '../../../enforcement/enforcement.scss'

const byDue = (a: TaskView, b: TaskView) =>
  a.agricultural !== b.agricultural ? (a.agricultural ? -1 : 1) : a.deadline.due < b.deadline.due ? -1 : a.deadline.due > b.deadline.due ? 1 : 0

/** The pages read so far as one reply, its deadlines and risks in the list's order across the pages. */
function merged(pages: TasksReply[] | null): TasksReply | null {
  if (!pages) return null
  return {
    cases: pages.flatMap((p) => p.cases),
    tasks: pages.flatMap((p) => p.tasks).sort(byDue),
    risks: pages.flatMap((p) => p.risks).sort(riskOrder),
  }
}

/**
 * A team member's work a page of cases at a time (the oldest received first; more on scroll): what
 * is due on their cases and by when, the risks, and the cases themselves, 涉农 first.
 */
export default function Tasks() {
  const { items, error, state, reload, loadMore } = usePagedList(
    (cursor) => executionApi.tasks(cursor),
    (p) => p.page,
  )
  const t = merged(items)
  useDidShow(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh())
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
      <PagedFooter id='tasks-more' count={(t?.cases.length ?? 0) + (t?.tasks.length ?? 0)} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
