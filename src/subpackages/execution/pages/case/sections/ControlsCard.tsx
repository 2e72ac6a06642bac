import { Text, View } from '@tarojs/components'
import { dayText, yuan } from '../../../../enforcement/words'
import type { Section } from '../useCaseWork'

/** 冻结/查封/扣押/划拨 with ruling numbers, terms and the day a renewal is due by. */
export function ControlsCard({ c }: Section) {
  if (c.controls.length === 0) return null
  return (
    <View className='card' id='controls'>
      <Text className='e-section-title'>控制措施</Text>
      {c.controls.map((m) => (
        <View key={m.id} className={m.endedOn ? 'e-item e-item--done' : 'e-item'} id={`control-${m.id}`}>
          <Text className='e-item__title'>
            {m.measureName}：{m.description}
          </Text>
          <Text style={{ display: 'block' }}>裁定书：{m.rulingNumber}</Text>
          <Text className='muted' style={{ display: 'block' }}>
            {m.assetName}，{dayText(m.effectiveOn)}生效{m.expiresOn ? `，${dayText(m.expiresOn)}到期` : ''}
            {m.amountFen !== null ? `，${yuan(m.amountFen)}` : ''}
          </Text>
          {m.renewBy && !m.endedOn ? <Text className='e-warn'>请在{dayText(m.renewBy)}前办理续行，否则到期后失效</Text> : null}
          {m.renewals.map((r, i) => (
            <Text key={i} className='muted' style={{ display: 'block' }}>
              第{i + 1}次续行：{r.rulingNumber}，到{dayText(r.expiresOn)}
            </Text>
          ))}
          {m.endedOn ? <Text className='muted'>{dayText(m.endedOn)}已解除或处置完毕</Text> : null}
          <Text className='muted' style={{ display: 'block' }}>
            依据：{m.article}
          </Text>
        </View>
      ))}
    </View>
  )
}
