import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { serviceApi, type CaseSummary } from '../../../../api/service'
import { PageShell } from '../../../../components/PageShell/PageShell'
import '../../../service/chips.scss'
import './index.scss'

/** 电子送达 for staff: the court's cases, with what is unread and what needs a phone call or paper service. */
export default function ServiceCases() {
  const [items, setItems] = useState<CaseSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () => serviceApi.cases().then(setItems, (e) => setError(toApiError(e).message))
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
    </PageShell>
  )
}
