import { Button, View } from '@tarojs/components'
import { useState } from 'react'
import { parseCalendarDay } from '@domain/dates/parseCalendarDay'
import { DomainError } from '@domain/errors'
import { validateBusyRange } from '@domain/scheduling/validateBusyRange'
import { DateField } from '../../../components/DateField/DateField'
import { Field } from '../../../components/Field/Field'

export interface BusyDraft {
  from: string
  to: string
  reason: string
}

const SHAPE = /^\d{4}-\d{2}-\d{2}$/

/** Checks a typed date: the form's own hint for a badly written one (pointing at 选日期), else the domain's word on whether the day exists. */
export function checkDay(s: string): string | null {
  const day = s.trim()
  if (!SHAPE.test(day)) return '请按“2026-12-20”这样的格式填写日期，或点“选日期”'
  try {
    parseCalendarDay(day)
    return null
  } catch (err) {
    if (err instanceof DomainError) return err.message
    throw err
  }
}

/** What is wrong with the typed range, per end; the range rule itself is the domain's, the same the server applies. */
export function busyErrors(draft: { from: string; to: string }, today: string): { from?: string; to?: string } {
  const range = { from: draft.from.trim(), to: draft.to.trim() || draft.from.trim() }
  const found: { from?: string; to?: string } = {}
  const f = checkDay(range.from)
  const t = checkDay(range.to)
  if (f) found.from = f
  // A new declaration starts tomorrow at the earliest: no hearing is set for today.
  else if (range.from <= today) found.from = '请填写明天及以后的日期'
  if (t) found.to = t
  if (f || t) return found
  const problem = validateBusyRange(range, today)
  // A range ending by today already has its start flagged above.
  if (problem && !(problem.code === 'FARM_BUSY_RANGE_PAST' && found.from)) found[problem.field] = problem.message
  return found
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
    const found = busyErrors({ from, to }, today)
    setErrors(found)
    if (found.from || found.to) return
    await onSubmit({ from: from.trim(), to: to.trim() || from.trim(), reason: reason.trim() })
    setFrom('')
    setTo('')
    setReason('')
  }

  return (
    <View className='busy-form' id='busy-form'>
      <DateField name='busyFrom' label='从哪天' value={from} onChange={setFrom} placeholder='例如 2026-12-20' error={errors.from} start={today} />
      <DateField
        name='busyTo'
        label='到哪天（只有一天可不填）'
        value={to}
        onChange={setTo}
        placeholder='例如 2026-12-22'
        error={errors.to}
        start={today}
        opensAt={checkDay(from) ? today : from.trim()}
      />
      <Field name='busyReason' label='原因（选填，如“外出打工”）' value={reason} onInput={setReason} maxlength={50} />
      <Button className='btn btn--primary' id='busy-submit' disabled={busy} onClick={() => void submit()}>
        {submitLabel}
      </Button>
    </View>
  )
}
