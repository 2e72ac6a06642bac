import { Text, View } from '@tarojs/components'
import type { MediationView } from '../../../../../api/mediation'
import { HISTORY_LABEL } from '../../../labels'
import { sayInstant } from './time'

/** 办理记录: every step taken, by whom and when, oldest first as the server keeps them. */
export function HistoryCard({ history }: { history: MediationView['history'] }) {
  return (
    <View className='card'>
      <Text className='field__label'>办理记录</Text>
      {history.map((h, i) => (
        <View className='m-hist' key={i}>
          <Text className='m-hist__what'>{HISTORY_LABEL[h.action] ?? '调解动态'}</Text>
          <Text className='muted'>
            {h.actorName} · {sayInstant(h.at)}
          </Text>
        </View>
      ))}
    </View>
  )
}
