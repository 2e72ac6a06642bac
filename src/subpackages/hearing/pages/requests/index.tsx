import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { hearingsApi, type MyRequest } from '../../../../api/hearings'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import '../../hearing.scss'

function stateOf(r: MyRequest): { text: string; tone: 'todo' | 'done' | 'warn' } {
  if (r.hearing?.status === 'postponed') return { text: `已延期：${r.hearing.postponeReason ?? ''}`, tone: 'warn' }
  if (r.hearing) return { text: `已定：${r.hearing.label}，${r.hearing.roomName}`, tone: 'done' }
  if (r.status !== 'open') return { text: '已结束', tone: 'done' }
  if (r.answer?.kind === 'chose') return { text: `您已选 ${r.answer.label ?? ''}，等法官确定`, tone: 'done' }
  if (r.answer?.kind === 'busy') return { text: '您已申报不便日期，请从新推荐的时间里选一个', tone: 'todo' }
  return { text: '请选择开庭日期', tone: 'todo' }
}

/**
 * The cases whose judge asked me to choose a hearing date, newest first a page at a time; of those
 * shown, the open ones (what the party has to do) first.
 */
export default function HearingRequests() {
  const { items, error, state, reload, loadMore } = usePagedList(hearingsApi.myRequests)
  useDidShow(() => void reload())
  const sorted = [...(items ?? [])].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'))
  return (
    <PageShell testId='hearing-requests'>
      <Text className='title'>选择开庭日期</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items === null && !error ? <View className='card'>正在读取……</View> : null}
      {items?.length === 0 ? <View className='card'>法院还没有请您选择开庭日期。法官需要时，会发短信通知您。</View> : null}
      {sorted.map((r) => {
        const s = stateOf(r)
        return (
          <View
            key={r.id}
            id={`request-${r.id}`}
            className={s.tone === 'done' ? 'hr__item hr__item--done' : s.tone === 'warn' ? 'hr__item hr__item--warn' : 'hr__item'}
            onClick={() => void Taro.navigateTo({ url: `/subpackages/hearing/pages/choose/index?id=${r.id}` })}
          >
            <Text className='hr__h'>{r.caseNumber}</Text>
            <Text>{s.text}</Text>
            {r.status === 'open' ? <Text className='muted'>点这里选择 ›</Text> : null}
          </View>
        )
      })}
      <PagedFooter id='hearing-requests-more' count={items?.length} state={state} onMore={() => void loadMore()} />
      <Button className='btn' id='to-farm-profile' onClick={() => void Taro.navigateTo({ url: '/subpackages/hearing/pages/profile/index' })}>
        我的农忙时节与不便日期
      </Button>
    </PageShell>
  )
}
