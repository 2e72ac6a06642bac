import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { executionApi } from '../../../../../api/enforcement'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { deadlineWords } from '../../../../enforcement/words'
import { Choices } from '../../../components/Choices'
import type { Section } from '../useCaseWork'

/** 立案 within 7 days of the application (《执行工作规定》第十六条) with the next number of the court's sequence, or refuse with reasons. */
export function AcceptCard({ c, busy, act }: Section) {
  const [caseType, setCaseType] = useState<'执' | '执保'>('执')
  const [refusing, setRefusing] = useState(false)
  const [reasons, setReasons] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (c.state !== 'applied' || c.viewer.side === 'applicant' || c.viewer.side === 'respondent' || c.viewer.side === 'supervisor') return null
  // The application itself is a done 'filing' row without a clock: the 7-day clock is on the node still awaited.
  const clock = c.timeline.find((n) => n.node === 'filing' && n.status !== 'done' && n.deadline)?.deadline
  const refuse = () => {
    const list = reasons
      .split('\n')
      .map((r) => r.trim())
      .filter((r) => r.length > 0)
    if (list.length === 0 || list.some((r) => r.length < 5)) return setError('请写明不予受理的理由，每条一行，每条至少5个字')
    setError(null)
    void act(() => executionApi.refuse(c.id, { reasons: list }), '已裁定不予受理，已通知申请人')
  }
  return (
    <View className='card' id='accept-card'>
      <Text className='e-section-title'>立案审查</Text>
      {clock ? <Text className={clock.overdue ? 'e-overdue' : ''}>立案期限：{deadlineWords(clock)}</Text> : null}
      {c.agriculturalReasons.length > 0 ? (
        <Text className='muted' style={{ display: 'block' }}>
          涉农：{c.agriculturalReasons.join('；')}
        </Text>
      ) : null}
      <Text className='muted' style={{ display: 'block' }}>
        {c.period.text}
      </Text>
      {c.period.late ? <Text className='e-warn'>{c.period.warning}</Text> : null}
      <Choices
        idPrefix='case-type'
        label='案件类型'
        options={
          [
            ['执', '首次执行'],
            ['执保', '财产保全执行'],
          ] as const
        }
        value={caseType}
        onChange={setCaseType}
      />
      <Button
        className='btn btn--primary'
        id='accept-application'
        disabled={busy}
        onClick={() => void act(() => executionApi.accept(c.id, { caseType }), '已立案，已通知申请人')}
      >
        立案
      </Button>
      {!refusing ? (
        <Button className='btn' id='open-refuse' onClick={() => setRefusing(true)}>
          不予受理
        </Button>
      ) : (
        <View>
          <Text className='field__label'>不予受理的理由（每条一行）</Text>
          <Textarea className='textarea' id='refuse-reasons' value={reasons} maxlength={2000} onInput={(e) => setReasons(e.detail.value)} />
          <FieldError message={error} />
          <Button className='btn btn--primary' id='refuse-application' disabled={busy} onClick={refuse}>
            裁定不予受理
          </Button>
        </View>
      )}
    </View>
  )
}
