import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { executionApi, type EnforcementSummary } from '../../../../api/enforcement'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { usePagedList } from '../../../../hooks/usePagedList'
import { CaseRow } from '../../components/CaseRow'
import '../../../../styles/choices.scss'
import '../../../enforcement/enforcement.scss'

const LINKS: Array<[string, string, string]> = [
  ['tasks', '我的执行任务', '/subpackages/execution/pages/tasks/index'],
  ['supervision', '督办（执行指挥中心）', '/subpackages/execution/pages/supervision/index'],
  ['complaints', '执行信访', '/subpackages/execution/pages/complaints/index'],
  ['teams', '执行团队', '/subpackages/execution/pages/teams/index'],
]

/** 执行立案: applications waiting, each with its 7-day clock (《执行工作规定》第十六条), 涉农 first, a page at a time. */
export default function ExecutionQueue() {
  const { items, error, state, reload, loadMore } = usePagedList<EnforcementSummary>((cursor) => executionApi.queue(cursor))
  useDidShow(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh())
  })
  return (
    <PageShell testId='execution-queue'>
      <Text className='title'>执行立案</Text>
      <View className='choices'>
        {LINKS.map(([id, name, url]) => (
          <Button key={id} className='btn' id={`go-${id}`} onClick={() => void Taro.navigateTo({ url })}>
            {name}
          </Button>
        ))}
      </View>
      <Text className='muted'>收到执行申请后7日内立案或者裁定不予受理；涉农案件排在前面，优先办理。</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items === null && !error ? <View className='skeleton' /> : null}
      {items?.length === 0 ? <View className='card'>没有待立案的执行申请。</View> : null}
      {items?.map((s) => (
        <CaseRow key={s.id} s={s} />
      ))}
      <PagedFooter id='queue-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
