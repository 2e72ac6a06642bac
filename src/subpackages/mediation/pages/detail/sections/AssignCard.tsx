import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { mediationApi } from '../../../../../api/mediation'
import type { SectionProps } from '../useMediation'
import { ChoiceMark } from '../../../../../components/ChoiceMark/ChoiceMark'

/** 指定调解员: the court picks a mediator (or judge) of its own for a request nobody took. */
export function AssignCard({ id, busy, act, can, colleagues }: SectionProps) {
  const [assignee, setAssignee] = useState('')
  if (!can('assign')) return null
  return (
    <View className='card' id='assign'>
      <Text className='field__label'>指定调解员（《人民法院在线调解规则》第十条）</Text>
      {colleagues.map((c) => (
        <View key={c.id} id={`assignee-${c.id}`} className={assignee === c.id ? 'm-option m-option--on' : 'm-option'} onClick={() => setAssignee(c.id)}>
          <Text className='m-option__title'>
            <ChoiceMark kind='radio' on={assignee === c.id} />
            {c.displayName}
          </Text>
        </View>
      ))}
      <Button
        className='btn btn--primary'
        id='assign-mediator'
        disabled={busy || !assignee}
        onClick={() => void act(() => mediationApi.assign(id, assignee), '已指定调解员')}
      >
        指定
      </Button>
    </View>
  )
}
