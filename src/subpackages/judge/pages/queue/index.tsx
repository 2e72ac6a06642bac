import { Switch, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { reviewApi, type FilingSummary } from '../../../../api/filings'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { usePagedList } from '../../../../hooks/usePagedList'
import { filingFacts, filingTitle, STATUS_LABELS } from '../../../../utils/filingLabels'
import './index.scss'

/** The court's review queue: days left of the 7-day review on every row, 涉农 first on request. */
export default function Queue() {
  const [agriFirst, setAgriFirst] = useState(true)
  // The order the switch asks for, read when each page is fetched (a switch reloads from the top).
  const agri = useRef(agriFirst)
  const { items, error, state, reload, loadMore } = usePagedList<FilingSummary>((cursor) => reviewApi.queue(agri.current, cursor))
  const load = (next = agriFirst) => {
    agri.current = next
    return reload()
  }
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })

  return (
    <PageShell testId='review-queue'>
      <Text className='title'>立案审查</Text>
      <View className='card' style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Text>涉农案件优先（绿色通道）</Text>
        <Switch
          id='agri-first'
          nativeProps={{ 'aria-label': '涉农案件优先（绿色通道）' }}
          checked={agriFirst}
          onChange={(e) => {
            setAgriFirst(e.detail.value)
            void load(e.detail.value)
          }}
        />
      </View>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items?.length === 0 ? <View className='card'>没有待审查的立案申请。</View> : null}
      {items?.map((f) => {
        const overdue = f.review?.overdue ?? false
        return (
          <View
            key={f.id}
            id={`review-${f.id}`}
            className={overdue ? 'q-item q-item--overdue' : 'q-item'}
            onClick={() => void Taro.navigateTo({ url: `/subpackages/judge/pages/review/index?id=${f.id}` })}
          >
            <Text className='q-item__title'>{filingTitle(f)}</Text>
            {filingFacts(f).map((line) => (
              <Text key={line} className='q-item__fact'>
                {line}
              </Text>
            ))}
            {f.review ? (
              <Text className={overdue ? 'q-days q-days--overdue' : 'q-days'}>
                {overdue ? `已超期${-f.review.daysLeft}天` : `剩${f.review.daysLeft}天`}（{formatChineseDate(f.review.due)}前）
              </Text>
            ) : (
              <Text className='q-days'>{STATUS_LABELS[f.status].text}</Text>
            )}
            <View>
              {f.agricultural ? <Text className='tag'>涉农</Text> : null}
              {f.crossRegion ? <Text className='tag'>{f.forwarded ? '跨域立案（已转入）' : '跨域立案（待转交）'}</Text> : null}
            </View>
          </View>
        )
      })}
      <PagedFooter id='queue-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
