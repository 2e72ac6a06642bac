import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { serviceApi } from '../../../../api/service'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import '../../../service/chips.scss'
import './index.scss'

/** 电子送达 for staff: the court's cases, newest 立案 first, a page at a time, with what is unread and what needs a phone call or paper service. */
export default function ServiceCases() {
  const { items, error, state, reload: load, loadMore } = usePagedList(serviceApi.cases, (c) => c.caseId)
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })
  return (
    <PageShell testId='service-cases'>
      <Text className='title'>电子送达</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {!items && !error ? <View className='card'>正在读取……</View> : null}
      {items?.length === 0 ? <View className='card'>本院还没有已立案的案件。</View> : null}
      {items?.map((c) => (
        <View
          key={c.caseId}
          id={`case-${c.caseId}`}
          className={c.flagged > 0 ? 'svc-case svc-case--flagged' : 'svc-case'}
          onClick={() => void Taro.navigateTo({ url: `/subpackages/judge/pages/service/case/index?id=${c.caseId}` })}
        >
          <Text className='svc-case__no'>{c.caseNumber}</Text>
          <Text>
            {c.plaintiffs.join('、')} 诉 {c.defendants.join('、')}
          </Text>
          <View>
            <Text className='chip chip--blue'>已发{c.documents}份</Text>
            {c.unread > 0 ? <Text className='chip chip--orange'>未读{c.unread}份</Text> : null}
            {c.flagged > 0 ? <Text className='chip chip--red'>需跟进{c.flagged}份</Text> : null}
          </View>
        </View>
      ))}
      <PagedFooter id='service-cases-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
