import { Text, View } from '@tarojs/components'
import type { MediationView } from '../../../../../api/mediation'
import { STAGE_LABEL, STATUS_TONE } from '../../../labels'

/** Who mediates with whom, the status in words and colour, the number, and what just happened (or went wrong). */
export function Header({ m, notice, error }: { m: MediationView; notice: string | null; error: { message: string; field?: string } | null }) {
  return (
    <>
      <Text className='title'>{m.parties.map((p) => p.name).join(' 与 ')}</Text>
      <View>
        <Text className={`m-chip m-chip--${STATUS_TONE[m.status]}`} id='mediation-status'>
          {m.statusText}
        </Text>
        <Text className='m-chip m-chip--grey'>{STAGE_LABEL[m.stage]}</Text>
      </View>
      <View className='muted'>调解编号 {m.number}</View>
      {notice ? (
        <View className='banner banner--ok' id='mediation-notice'>
          {notice}
        </View>
      ) : null}
      {/* A problem with a field shows under that field instead. */}
      {error && !error.field ? (
        <View className='banner banner--error' id='mediation-error'>
          {error.message}
        </View>
      ) : null}
    </>
  )
}
