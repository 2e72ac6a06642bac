import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { formatYuan } from '@domain/money/formatYuan'
import { enforcementApi, type EnforcementSummary } from '../../api/enforcement'

const DETAIL_PAGE = '/subpackages/enforcement/pages/detail/index'

const TONE: Record<EnforcementSummary['state'], 'grey' | 'blue' | 'orange' | 'green' | 'red'> = {
  applied: 'blue',
  refused: 'red',
  filed: 'green',
  enforcing: 'green',
  suspended: 'orange',
  settlement: 'green',
  closed: 'grey',
}

/**
 * The person's enforcement (执行) cases as rows in 我的案件, beside the filings: 案号, the parties,
 * the state in words from the server, 涉农; a tap opens the case in the enforcement subpackage.
 * Nothing shows until there is a case: a failed list is left to the filings' own error banner,
 * so a weak signal is not announced twice.
 */
export function EnforcementRows() {
  const [items, setItems] = useState<EnforcementSummary[]>([])
  useDidShow(() => {
    enforcementApi.list().then(setItems, () => undefined)
  })
  if (items.length === 0) return null
  return (
    <View id='enforcement-rows'>
      <Text className='case-item__fact'>执行案件</Text>
      {items.map((s) => (
        <View key={s.id} className='case-item' id={`enforcement-${s.id}`} onClick={() => void Taro.navigateTo({ url: `${DETAIL_PAGE}?id=${s.id}` })}>
          <Text className='case-item__title'>{s.caseNumber ?? '执行申请（立案后生成案号）'}</Text>
          <Text className='case-item__fact'>
            {s.applicants.join('、')} 申请执行 {s.respondents.join('、')}
          </Text>
          <Text className='case-item__fact'>申请执行金额 {formatYuan(s.amountFen)}</Text>
          <Text className={`tag tag--${TONE[s.state]}`}>{s.stateName}</Text>
          {s.agricultural ? <Text className='tag tag--green'>涉农</Text> : null}
        </View>
      ))}
    </View>
  )
}
