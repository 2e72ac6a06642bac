import { Button, Text, View } from '@tarojs/components'
import { mediationApi } from '../../../../../api/mediation'
import type { SectionProps } from '../useMediation'
import { sayInstant } from './time'

/** 调解协议: the terms, who has signed, and 签名 for a party who has not (it takes effect with both, 规则 art. 19). */
export function AgreementCard({ m, id, busy, act, can }: SectionProps) {
  if (!m.agreement) return null
  return (
    <View className='card' id='agreement'>
      <Text className='field__label'>调解协议</Text>
      <View className='m-agreement' id='agreement-terms'>
        {m.agreement.terms}
      </View>
      {m.parties.map((p) => (
        <View className='m-row' key={p.role}>
          <Text>{p.name}</Text>
          <Text className={p.signedAt ? 'm-chip m-chip--green' : 'm-chip m-chip--orange'}>{p.signedAt ? `已签名 ${sayInstant(p.signedAt)}` : '未签名'}</Text>
        </View>
      ))}
      {m.agreement.effective ? (
        <Text className='m-chip m-chip--green' id='agreement-effective'>
          协议已于{sayInstant(m.agreement.effectiveAt)}生效（双方都已签名）
        </Text>
      ) : (
        <Text className='muted'>双方都签名后协议生效（《人民法院在线调解规则》第十九条）。</Text>
      )}
      {can('sign') ? (
        <Button className='btn btn--primary' id='sign-agreement' disabled={busy} onClick={() => void act(() => mediationApi.sign(id), '已签名')}>
          我已阅读，同意并签名
        </Button>
      ) : null}
    </View>
  )
}
