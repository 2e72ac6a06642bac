import { Button, Text, View } from '@tarojs/components'
import { OUTCOME_LABEL } from '../../../labels'
import type { SectionProps } from '../useMediation'

/** After a failed mediation: 转为网上立案 (what was typed comes along), the recorded result, and why a mediator declined. */
export function ClosingCards({ m, busy, can, toFiling }: SectionProps) {
  return (
    <>
      {can('to-filing') ? (
        <View className='card'>
          <Text className='muted'>调解没有成功，可以起诉。已经填过的内容会自动带到立案申请里。</Text>
          <Button className='btn btn--primary' id='to-filing' disabled={busy} onClick={() => void toFiling()}>
            转为网上立案
          </Button>
        </View>
      ) : null}
      {m.outcome ? (
        <View className='card'>
          <Text className='field__label'>调解结果：{OUTCOME_LABEL[m.outcome.result]}</Text>
          {m.outcome.note ? <Text style={{ display: 'block' }}>{m.outcome.note}</Text> : null}
        </View>
      ) : null}
      {m.declineReason ? <View className='banner banner--warn'>调解员不予接受：{m.declineReason}。您可以选择其他调解员的时间。</View> : null}
    </>
  )
}
