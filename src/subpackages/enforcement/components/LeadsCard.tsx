import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { LeadView } from '../../../api/enforcement'
import { dayText, deadlineWords } from '../words'

/** Each lead with the court's verification clock (7 days, 3 when urgent), or how it was checked. */
export function LeadsCard({ leads, children }: { leads: LeadView[]; children?: ReactNode }) {
  return (
    <View className='card' id='leads'>
      <Text className='e-section-title'>财产线索</Text>
      {leads.length === 0 ? <Text className='muted'>还没有财产线索。知道对方有什么财产，可以随时提供。</Text> : null}
      {leads.map((l) => (
        <View key={l.id} className={l.verifiedOn ? 'e-item e-item--done' : l.verification.overdue ? 'e-item e-item--overdue' : 'e-item'} id={`lead-${l.id}`}>
          <Text className='e-item__title'>
            {l.kindName}
            {l.urgent ? <Text className='e-tag e-tag--red'>紧急</Text> : null}
            {l.submittedBy === 'court' ? <Text className='e-tag e-tag--grey'>法院查到</Text> : null}
          </Text>
          <Text style={{ display: 'block' }}>{l.description}</Text>
          <Text className='muted' style={{ display: 'block' }}>
            在哪里：{l.location}
          </Text>
          {l.photos.length > 0 ? (
            <Text className='muted' style={{ display: 'block' }}>
              照片{l.photos.length}张：{l.photos.map((p) => p.name).join('、')}
            </Text>
          ) : null}
          <Text className='muted' style={{ display: 'block' }}>
            {dayText(l.submittedOn)}提交
          </Text>
          {l.verifiedOn ? (
            <Text className='e-ok' style={{ display: 'block' }}>
              {dayText(l.verifiedOn)}已核查：{l.outcomeText ?? ''}
              {l.note ? `（${l.note}）` : ''}
            </Text>
          ) : (
            <Text className={l.verification.overdue ? 'e-overdue' : ''} style={{ display: 'block' }}>
              法院核查期限：{deadlineWords(l.verification)}
            </Text>
          )}
        </View>
      ))}
      {children}
    </View>
  )
}
