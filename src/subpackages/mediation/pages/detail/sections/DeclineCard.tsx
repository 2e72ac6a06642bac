import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { mediationApi } from '../../../../../api/mediation'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import type { SectionProps } from '../useMediation'

/** 不予接受: the mediator turns a request down, with a reason the party sees (e.g. 回避). */
export function DeclineCard({ id, busy, act, can, fieldError }: SectionProps) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  if (!can('decline')) return null
  if (!open) {
    return (
      <Button className='btn' id='open-decline' onClick={() => setOpen(true)}>
        不予接受…
      </Button>
    )
  }
  const decline = async () => {
    if (await act(() => mediationApi.decline(id, reason), '已不予接受，已通知当事人')) setOpen(false)
  }
  return (
    <View className='card'>
      <Text className='field__label'>不予接受的理由</Text>
      <Textarea
        className='m-textarea'
        id='decline-reason'
        nativeProps={{ 'aria-label': '不予接受的理由' }}
        maxlength={1000}
        placeholder='例如：与一方当事人是亲属，需要回避'
        value={reason}
        onInput={(e) => setReason(e.detail.value)}
      />
      <FieldError message={fieldError('reason')} />
      <Button className='btn' id='decline-mediation' disabled={busy} onClick={() => void decline()}>
        确定不予接受
      </Button>
    </View>
  )
}
