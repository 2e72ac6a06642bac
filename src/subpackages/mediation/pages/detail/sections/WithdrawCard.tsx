import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { mediationApi } from '../../../../../api/mediation'
import type { SectionProps } from '../useMediation'

/** The applicant withdraws, or the other party refuses to mediate: asked once more before it ends the mediation. */
export function WithdrawCard({ m, id, busy, act, can }: SectionProps) {
  const [asking, setAsking] = useState(false)
  if (!can('withdraw')) return null
  const applicant = m.parties.find((p) => p.me)?.role === 'applicant'
  if (!asking) {
    return (
      <Button className='btn' id='withdraw' onClick={() => setAsking(true)}>
        {applicant ? '撤回调解申请' : '我不同意调解'}
      </Button>
    )
  }
  const withdraw = async () => {
    if (await act(() => mediationApi.withdraw(id), '调解已结束')) setAsking(false)
  }
  return (
    <View className='card'>
      <Text>{applicant ? '撤回后调解结束，以后还可以重新申请或起诉。' : '不同意调解，调解就此结束，对方可以起诉。'}确定吗？</Text>
      <View className='m-bar'>
        <Button className='btn' onClick={() => setAsking(false)}>
          再想想
        </Button>
        <Button className='btn btn--primary' id='withdraw-confirm' disabled={busy} onClick={() => void withdraw()}>
          确定
        </Button>
      </View>
    </View>
  )
}
