import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { useSession } from '../../stores/session'
import { inboxApiLater } from '../../utils/later'

/**
 * On the home page of a signed-in party: refreshes the unread badge on 我的文书, and asks for the
 * 送达地址确认书 when a case names this person and the court does not yet know how to serve them.
 */
export function ServicePrompt() {
  const { user } = useSession()
  const [ask, setAsk] = useState<{ caseId: string; caseNumber: string } | null>(null)
  useDidShow(() => {
    if (user?.role !== 'litigant' && user?.role !== 'agent') return setAsk(null)
    // The API client is not part of the home screen's code: it loads once someone is signed in.
    void inboxApiLater()
      .then((m) => m.refreshInboxBadge())
      .then((inbox) => setAsk(inbox?.needsAddress[0] ?? null))
  })
  if (!ask || !user) return null
  return (
    <View className='card banner--warn' id='home-ask-address'>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>法院受理了与您有关的案件（{ask.caseNumber}）</Text>
      <Text style={{ display: 'block' }}>请先确认法院怎样把文书送给您，以免错过开庭。</Text>
      <Button
        className='btn btn--primary'
        id='home-confirm-address'
        onClick={() => void Taro.navigateTo({ url: `/subpackages/service/pages/address/index?caseId=${ask.caseId}` })}
      >
        填写送达地址确认书
      </Button>
    </View>
  )
}
