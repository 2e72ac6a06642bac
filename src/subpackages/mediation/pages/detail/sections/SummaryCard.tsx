import { Text, View } from '@tarojs/components'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { formatYuan } from '@domain/money/formatYuan'
import type { MediationView } from '../../../../../api/mediation'
import { ROLE_LABEL } from '../../../labels'

/** 调解情况: court, case number, the parties (me marked), the mediator, the claim and the dispute, and the time limit. */
export function SummaryCard({ m }: { m: MediationView }) {
  return (
    <View className='card'>
      <Text className='field__label'>调解情况</Text>
      <View className='m-row'>
        <Text className='m-row__label'>法院</Text>
        <Text>{m.court.name}</Text>
      </View>
      {m.caseNumber ? (
        <View className='m-row'>
          <Text className='m-row__label'>案号</Text>
          <Text>{m.caseNumber}</Text>
        </View>
      ) : null}
      {m.parties.map((p) => (
        <View className='m-row' key={p.role}>
          <Text className='m-row__label'>{ROLE_LABEL[p.role]}</Text>
          <Text>
            {p.name}
            {p.me ? '（我）' : ''} {p.mobile ?? ''}
          </Text>
        </View>
      ))}
      <View className='m-row'>
        <Text className='m-row__label'>调解员</Text>
        <Text>{m.mediator?.name ?? '尚未确定'}</Text>
      </View>
      <View className='m-row'>
        <Text className='m-row__label'>请求</Text>
        <Text>
          {m.claim}
          {m.amountFen ? `（${formatYuan(m.amountFen)}）` : ''}
        </Text>
      </View>
      <Text className='muted' style={{ display: 'block' }}>
        {m.dispute}
      </Text>
      {m.timeLimit ? (
        <Text className='muted' style={{ display: 'block' }} id='time-limit'>
          调解期限{m.timeLimit.days}天，到{formatChineseDate(m.timeLimit.due)}（{m.timeLimit.article}；双方同意可以延长）
        </Text>
      ) : null}
    </View>
  )
}
