import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RiskView } from '../../../api/enforcement'
import { dayText } from '../../enforcement/words'
import { CASE_PAGE } from './CaseRow'

/** A risk point (风险点) of the process: what is late or about to be, its article, and the case. */
export function RiskRow({ r }: { r: RiskView }) {
  const overdue = r.severity === 'overdue'
  return (
    <View className={overdue ? 'e-item e-item--overdue' : 'e-item'} onClick={() => void Taro.navigateTo({ url: `${CASE_PAGE}?id=${r.caseId}` })}>
      <Text className='e-item__title'>
        {r.title}
        <Text className={overdue ? 'e-tag e-tag--red' : 'e-tag'}>{overdue ? `已超期${r.daysOverdue}天` : `还有${r.daysLeft}天`}</Text>
        {r.agricultural ? <Text className='e-tag e-tag--green'>涉农</Text> : null}
      </Text>
      <Text style={{ display: 'block' }}>{r.message}</Text>
      <Text className='muted' style={{ display: 'block' }}>
        {r.caseNumber ?? '待立案'}
        {r.teamName ? ` · ${r.teamName}` : ''} · 期限{dayText(r.due)}
      </Text>
      <Text className='muted' style={{ display: 'block' }}>
        依据：{r.article}
      </Text>
    </View>
  )
}

/** The risks of several pages in the server's order: 涉农 first, overdue first, the longest overdue, the nearest due day. */
export const riskOrder = (a: RiskView, b: RiskView) => {
  if (a.agricultural !== b.agricultural) return a.agricultural ? -1 : 1
  if (a.severity !== b.severity) return a.severity === 'overdue' ? -1 : 1
  if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue
  return a.due < b.due ? -1 : a.due > b.due ? 1 : 0
}
