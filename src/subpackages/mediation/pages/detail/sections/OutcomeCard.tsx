import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { mediationApi } from '../../../../../api/mediation'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import type { SectionProps } from '../useMediation'
import { ChoiceMark } from '../../../../../components/ChoiceMark/ChoiceMark'

type Result = 'agreement' | 'no-agreement' | 'withdrawn'
const RESULT_TEXT: Record<Result, { title: string; placeholder: string }> = {
  agreement: { title: '达成调解协议', placeholder: '写明协议内容：谁在什么时候、以什么方式给付什么，例如“王建国于2026年12月31日前向张桂兰支付小麦款80000元”' },
  'no-agreement': { title: '没有达成协议', placeholder: '写明调解不成的原因，例如“双方对货款数额分歧较大”' },
  withdrawn: { title: '当事人撤回', placeholder: '说明（选填），例如“双方已自行和解”' },
}

/** 记录调解结果: after the session the mediator records an agreement (its terms), no agreement (why), or a withdrawal. */
export function OutcomeCard({ id, busy, act, can, fieldError }: SectionProps) {
  const [result, setResult] = useState<Result | null>(null)
  const [text, setText] = useState('')
  const results = (['agreement', 'no-agreement', 'withdrawn'] as const).filter((r) => can(`record-${r}`))
  if (results.length === 0) return null
  const save = async (r: Result) => {
    const body = r === 'agreement' ? { result: r, terms: text } : { result: r, note: text }
    if (await act(() => mediationApi.outcome(id, body), '已记录，已通知双方当事人')) setResult(null)
  }
  return (
    <View className='card' id='outcome'>
      <Text className='field__label'>记录调解结果</Text>
      {results.map((r) => (
        <View key={r} id={`result-${r}`} className={result === r ? 'm-option m-option--on' : 'm-option'} onClick={() => setResult(r)}>
          <Text className='m-option__title'>
            <ChoiceMark kind='radio' on={result === r} />
            {RESULT_TEXT[r].title}
          </Text>
        </View>
      ))}
      {result ? (
        <View>
          <Textarea
            className='m-textarea'
            id='outcome-text'
            nativeProps={{ 'aria-label': '调解结果' }}
            maxlength={5000}
            placeholder={RESULT_TEXT[result].placeholder}
            value={text}
            onInput={(e) => setText(e.detail.value)}
          />
          <FieldError message={fieldError('terms') ?? fieldError('note')} />
          <Button className='btn btn--primary' id='save-outcome' disabled={busy} onClick={() => void save(result)}>
            保存结果
          </Button>
        </View>
      ) : null}
    </View>
  )
}
