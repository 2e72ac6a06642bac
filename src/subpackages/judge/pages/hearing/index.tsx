import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { type CaseHearingState, hearingsApi } from '../../../../api/hearings'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import '../../../service/chips.scss'
import './hearing.scss'

const STATE_LABELS: Record<CaseHearingState, { text: string; tone: 'red' | 'orange' | 'green' | 'blue' }> = {
  unscheduled: { text: '待排期', tone: 'orange' },
  asking: { text: '等当事人选择', tone: 'blue' },
  scheduled: { text: '已排期', tone: 'green' },
  postponed: { text: '已延期，待重排', tone: 'red' },
  held: { text: '已开庭', tone: 'green' },
}

/**
 * 开庭排期: the court's accepted cases, newest 立案 first, a page at a time, each with where it
 * stands; the judge's own say （我） after 承办. They stay in the server's order as pages arrive, so
 * a row never moves above the one being read.
 */
export default function HearingCases() {
  const { items, error, state, reload, loadMore } = usePagedList(hearingsApi.cases, (c) => c.caseId)
  useDidShow(() => void reload())
  return (
    <PageShell testId='hearing-cases'>
      <Text className='title'>开庭排期</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items === null && !error ? <View className='card'>正在读取……</View> : null}
      {items?.length === 0 ? <View className='card'>本院还没有已立案的案件。</View> : null}
      {items?.map((c) => {
        const label = STATE_LABELS[c.state]
        return (
          <View
            key={c.caseId}
            id={`hcase-${c.caseId}`}
            className={`jh__case jh__case--${c.state}`}
            onClick={() => void Taro.navigateTo({ url: `/subpackages/judge/pages/hearing/case/index?id=${c.caseId}` })}
          >
            <View className='jh__row'>
              <Text className='jh__title'>{c.caseNumber}</Text>
              <Text className={`chip chip--${label.tone}`}>{label.text}</Text>
            </View>
            <Text className='jh__line'>
              {c.plaintiffs.join('、')} 诉 {c.defendants.join('、')}
            </Text>
            <Text className='muted'>
              承办：{c.judgeName}
              {c.mine ? '（我）' : ''}
              {c.agricultural ? ' · 涉农' : ''}
            </Text>
            {c.hearing ? (
              <Text className='jh__line'>
                开庭：{c.hearing.label}，{c.hearing.roomName}
              </Text>
            ) : null}
            {c.state === 'asking' ? (
              <Text className='jh__line'>
                已回复 {c.answered}/{c.parties} 位当事人
              </Text>
            ) : null}
          </View>
        )
      })}
      <PagedFooter id='hearing-cases-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
