import { Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { mediationApi } from '../../../../../api/mediation'
import { ConsentForm, EMPTY_CONSENT, type ConsentValue } from '../../../components/ConsentForm'
import type { SectionProps } from '../useMediation'

/** The answers to a proposed time: a party agrees (with consent to mediate, the first time), the mediator confirms, anyone may book another. */
export function TimeActions({ m, id, busy, error, act, can }: SectionProps) {
  const [consent, setConsent] = useState<ConsentValue>(EMPTY_CONSENT)
  const needsConsent = m.viewer.needsConsent
  return (
    <>
      {m.viewer.kind === 'party' && needsConsent && can('accept') ? (
        <ConsentForm value={consent} onChange={setConsent} errors={error?.field ? { [error.field]: error.message } : {}} />
      ) : null}
      {can('accept') ? (
        <Button
          className='btn btn--primary'
          id='accept-time'
          disabled={busy}
          onClick={() => void act(() => mediationApi.accept(id, needsConsent ? consent : {}), '已同意调解时间，等调解员确认后会通知您')}
        >
          {needsConsent ? '同意调解，接受这个时间' : '同意这个时间'}
        </Button>
      ) : null}
      {can('confirm') ? (
        <Button
          className='btn btn--primary'
          id='confirm-mediation'
          disabled={busy}
          onClick={() => void act(() => mediationApi.confirm(id), '已确认，已通知双方当事人')}
        >
          确认接受调解和这个时间
        </Button>
      ) : null}
      {can('book') ? (
        <Button className='btn' id='open-book' onClick={() => void Taro.navigateTo({ url: `/subpackages/mediation/pages/book/index?id=${id}` })}>
          {m.booking ? '换一个时间' : '选择调解时间'}
        </Button>
      ) : null}
    </>
  )
}
