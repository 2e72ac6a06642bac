import { Button, Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '../../../components/Field/Field'
import { daysInMonth, sayDate } from '../calendar'

export interface BusyDraft {
  from: string
  to: string
  reason: string
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Checks a typed date the way the server will: 'YYYY-MM-DD' and a day that exists. */
export function checkDay(s: string): string | null {
  const m = SHAPE.exec(s.trim())
  if (!m) return '请按“2026-12-20”这样的格式填写日期，或点“选日期”'
  const month = Number(m[2])
  if (month < 1 || month > 12 || Number(m[3]) < 1 || Number(m[3]) > daysInMonth(Number(m[1]), month)) return `没有这一天：${s.trim()}，请核对`
  return null
}

/** Two dates and a reason: a stretch of days the party cannot come to court. */
export function BusyForm({
  today,
  submitLabel,
  onSubmit,
  busy,
}: {
  today: string
  submitLabel: string
  onSubmit: (b: BusyDraft) => void | Promise<void>
  busy?: boolean
}) {
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({})

  const submit = async () => {
    const found: { from?: string; to?: string } = {}
    const f = checkDay(from)
    const t = checkDay(to || from)
    if (f) found.from = f
    else if (from.trim() <= today) found.from = '请填写明天及以后的日期'
    if (t) found.to = t
    else if (!f && (to.trim() || from.trim()) < from.trim()) found.to = '结束日期不能早于开始日期'
    setErrors(found)
    if (found.from || found.to) return
    await onSubmit({ from: from.trim(), to: to.trim() || from.trim(), reason: reason.trim() })
    setFrom('')
    setTo('')
    setReason('')
  }

  return (
    <View className='busy-form' id='busy-form'>
      <View className='busy-form__row'>
        <View className='busy-form__field'>
          <Field
            name='busyFrom'
            label='从哪天'
            value={from}
            onInput={setFrom}
            placeholder='例如 2026-12-20'
            maxlength={10}
            error={errors.from}
            hint={!errors.from && !checkDay(from) ? sayDate(from.trim()) : undefined}
          />
        </View>
        <Picker mode='date' value={checkDay(from) ? today : from.trim()} start={today} end='2100-12-31' onChange={(e) => setFrom(String(e.detail.value))}>
          <View className='busy-form__pick' id='busyFrom-pick'>
            <Text>选日期</Text>
          </View>
        </Picker>
      </View>
      <View className='busy-form__row'>
        <View className='busy-form__field'>
          <Field
            name='busyTo'
            label='到哪天（只有一天可不填）'
            value={to}
            onInput={setTo}
            placeholder='例如 2026-12-22'
            maxlength={10}
            error={errors.to}
            hint={!errors.to && to && !checkDay(to) ? sayDate(to.trim()) : undefined}
          />
        </View>
        <Picker
          mode='date'
          value={checkDay(to) ? (checkDay(from) ? today : from.trim()) : to.trim()}
          start={today}
          end='2100-12-31'
          onChange={(e) => setTo(String(e.detail.value))}
        >
          <View className='busy-form__pick' id='busyTo-pick'>
            <Text>选日期</Text>
          </View>
        </Picker>
      </View>
      <Field name='busyReason' label='原因（选填，如“外出打工”）' value={reason} onInput={setReason} maxlength={50} />
      <Button className='btn btn--primary' id='busy-submit' disabled={busy} onClick={() => void submit()}>
        {submitLabel}
      </Button>
    </View>
  )
}
