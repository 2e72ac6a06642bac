import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { mediationApi } from '../../../../../api/mediation'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { Check } from '../../../components/Check'
import type { SectionProps } from '../useMediation'

/** 司法确认: both parties apply within the window; the second application files it with the court. */
export function JudicialConfirmationCard({ m, id, busy, act, can, fieldError }: SectionProps) {
  const [declaration, setDeclaration] = useState(false)
  const jc = m.judicialConfirmation
  if (!jc) return null
  const other = m.parties.find((p) => !p.me && m.viewer.kind === 'party')
  return (
    <View className='card' id='judicial-confirmation'>
      <Text className='field__label'>司法确认</Text>
      <Text className='muted' style={{ display: 'block' }}>
        法院确认协议有效后，对方不履行可以直接申请强制执行。需要双方共同申请，截止{formatChineseDate(jc.due)}（{jc.article}）。
      </Text>
      {m.parties.map((p) => (
        <View className='m-row' key={p.role}>
          <Text>{p.name}</Text>
          <Text className={p.jcAppliedAt ? 'm-chip m-chip--green' : 'm-chip m-chip--grey'}>{p.jcAppliedAt ? '已申请' : '未申请'}</Text>
        </View>
      ))}
      {jc.filingId ? (
        <Text className='m-chip m-chip--blue' id='jc-filed'>
          已提交法院，立案审查中
        </Text>
      ) : null}
      {!jc.open && !jc.filingId ? <View className='banner banner--warn'>申请期限已过，不能再申请司法确认；可以就协议内容向法院起诉。</View> : null}
      {can('apply-jc') ? (
        <View>
          <Check
            id='jc-declaration'
            checked={declaration}
            label='我承诺：调解协议是双方真实意思，不损害他人利益'
            onToggle={() => setDeclaration(!declaration)}
          />
          <FieldError message={fieldError('declaration')} />
          <Button
            className='btn btn--primary'
            id='apply-jc'
            disabled={busy}
            onClick={() =>
              void act(
                () => mediationApi.applyJudicialConfirmation(id, declaration),
                other?.jcAppliedAt || !other ? '双方都已申请，已提交法院' : `已申请，还需要${other.name}也申请`,
              )
            }
          >
            申请司法确认
          </Button>
        </View>
      ) : null}
    </View>
  )
}
