import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import type { DateOverride, HoursBlock, WeeklyHours } from '@domain/mediation/types'
import { validateAvailability } from '@domain/mediation/validateAvailability'
import { toApiError } from '../../../../api/errors'
import { mediationApi, type AvailabilityReply, type Venue } from '../../../../api/mediation'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { FieldError } from '../../../../components/FieldError/FieldError'
import './index.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'
import { Icon } from '../../../../components/Icon/Icon'

const WEEKDAYS = ['', '星期一', '星期二', '星期三', '星期四', '星期五']
const MORNING: HoursBlock = { start: '09:00', end: '12:00' }
const AFTERNOON: HoursBlock = { start: '14:30', end: '17:30' }
const LENGTHS = [30, 60, 90]

const sortBlocks = (b: HoursBlock[]) => [...b].sort((x, y) => (x.start < y.start ? -1 : 1))

/** A mediator's or judge's bookable time: weekday hours, days off or extra days by date, session length and place. */
export default function Availability() {
  const [reply, setReply] = useState<AvailabilityReply | null>(null)
  const [slotMinutes, setSlotMinutes] = useState(60)
  const [weekly, setWeekly] = useState<WeeklyHours[]>([])
  const [overrides, setOverrides] = useState<DateOverride[]>([])
  const [venue, setVenue] = useState<Venue>({ kind: 'online' })
  const [custom, setCustom] = useState({ weekday: 0, start: '', end: '' })
  const [newDate, setNewDate] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const apply = (r: AvailabilityReply) => {
    setReply(r)
    setSlotMinutes(r.slotMinutes)
    setWeekly(r.weekly)
    setOverrides(r.overrides)
    setVenue(r.venue)
  }
  useEffect(() => {
    mediationApi.availability().then(apply, (e) => setBanner({ ok: false, text: toApiError(e).message }))
  }, [])

  const addWeekly = (weekday: number, b: HoursBlock) => {
    if (weekly.some((w) => w.weekday === weekday && w.start === b.start && w.end === b.end)) return
    setWeekly([...weekly, { weekday, ...b }])
  }
  const removeWeekly = (i: number) => setWeekly(weekly.filter((_, j) => j !== i))
  const addOverride = (blocks: HoursBlock[]) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDate)) {
      setErrors({ newDate: '日期请按“2026-12-05”这样填写' })
      return
    }
    setErrors({})
    setOverrides([...overrides.filter((o) => o.date !== newDate), { date: newDate, blocks }].sort((a, b) => (a.date < b.date ? -1 : 1)))
    setNewDate('')
  }

  const save = async () => {
    const body = { slotMinutes, weekly, overrides, venue }
    const problems = validateAvailability({ slotMinutes: slotMinutes as 30 | 60 | 90, weekly, overrides })
    setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])))
    if (problems.length > 0) {
      setBanner({ ok: false, text: problems[0].message })
      return
    }
    setBusy(true)
    try {
      apply(await mediationApi.setAvailability(body))
      setBanner({ ok: true, text: '已保存。当事人现在可以预约这些时间。' })
    } catch (e) {
      const err = toApiError(e)
      setBanner({ ok: false, text: err.message })
      if (err.field) setErrors({ [err.field]: err.message })
    } finally {
      setBusy(false)
    }
  }

  const previewDays = [...new Set((reply?.preview ?? []).map((s) => s.date))]

  return (
    <PageShell testId='mediation-availability'>
      <Text className='title'>可预约时间</Text>
      <Text className='muted'>当事人只能预约您在这里公布的时间；节假日自动不开放，调休上班日按星期一的时间开放。</Text>
      {banner ? (
        <View className={banner.ok ? 'banner banner--ok' : 'banner banner--error'} id='availability-banner'>
          {banner.text}
        </View>
      ) : null}

      <Text className='m-section-title'>1. 每次调解多长时间</Text>
      <View className='m-slots'>
        {LENGTHS.map((n) => (
          <View key={n} id={`length-${n}`} className={slotMinutes === n ? 'm-slot m-slot--on' : 'm-slot'} onClick={() => setSlotMinutes(n)}>
            {n}分钟
          </View>
        ))}
      </View>

      <Text className='m-section-title'>2. 在哪里调解</Text>
      <View id='venue-online' className={venue.kind === 'online' ? 'm-option m-option--on' : 'm-option'} onClick={() => setVenue({ kind: 'online' })}>
        <Text className='m-option__title'>
          <ChoiceMark kind='radio' on={venue.kind === 'online'} />
          手机视频调解
        </Text>
        <Text className='m-option__hint'>到时间双方在小程序里进入视频</Text>
      </View>
      {reply?.rooms.map((r) => {
        const on = venue.kind === 'room' && venue.roomId === r.id
        return (
          <View key={r.id} id={`venue-${r.id}`} className={on ? 'm-option m-option--on' : 'm-option'} onClick={() => setVenue({ kind: 'room', roomId: r.id })}>
            <Text className='m-option__title'>
              <ChoiceMark kind='radio' on={on} />
              {r.name}
            </Text>
            <Text className='m-option__hint'>{r.address}（预约后这个地点同一时间不能再被别人约）</Text>
          </View>
        )
      })}
      <FieldError message={errors['venue.roomId']} />

      <Text className='m-section-title'>3. 每周的工作时间</Text>
      <View className='card'>
        {[1, 2, 3, 4, 5].map((d) => (
          <View key={d} className='av-day' id={`weekday-${d}`}>
            <Text className='av-day__name'>{WEEKDAYS[d]}</Text>
            {weekly.map((w, i) =>
              w.weekday === d ? (
                <View key={`${w.start}-${w.end}`} className='av-block' onClick={() => removeWeekly(i)}>
                  {w.start}–{w.end}
                  <Icon name='x' size={32} label='删除' />
                </View>
              ) : null,
            )}
            <View className='av-add' id={`add-morning-${d}`} onClick={() => addWeekly(d, MORNING)}>
              ＋上午
            </View>
            <View className='av-add' id={`add-afternoon-${d}`} onClick={() => addWeekly(d, AFTERNOON)}>
              ＋下午
            </View>
            <View className='av-add' id={`add-custom-${d}`} onClick={() => setCustom({ weekday: d, start: '', end: '' })}>
              ＋其他时段
            </View>
            {weekly.map((w, i) => (w.weekday === d ? <FieldError key={i} message={errors[`weekly[${i}]`]} /> : null))}
            {custom.weekday === d ? (
              <View>
                <Field name={`custom-start-${d}`} label='开始（如 08:30）' value={custom.start} onInput={(v) => setCustom({ ...custom, start: v })} />
                <Field name={`custom-end-${d}`} label='结束（如 11:30）' value={custom.end} onInput={(v) => setCustom({ ...custom, end: v })} />
                <Button
                  className='btn'
                  id={`add-custom-save-${d}`}
                  onClick={() => {
                    addWeekly(d, { start: custom.start.trim(), end: custom.end.trim() })
                    setCustom({ weekday: 0, start: '', end: '' })
                  }}
                >
                  添加
                </Button>
              </View>
            ) : null}
          </View>
        ))}
      </View>

      <Text className='m-section-title'>4. 按日期调整（请假、周末加班）</Text>
      <View className='card'>
        {overrides.length === 0 ? <Text className='muted'>没有调整。</Text> : null}
        {overrides.map((o, i) => (
          <View key={o.date} className='m-row'>
            <Text>
              {formatChineseDate(o.date)}：
              {o.blocks.length === 0
                ? '休息'
                : sortBlocks(o.blocks)
                    .map((b) => `${b.start}–${b.end}`)
                    .join('、')}
            </Text>
            <Text className='m-chip m-chip--grey' onClick={() => setOverrides(overrides.filter((_, j) => j !== i))}>
              删除
            </Text>
          </View>
        ))}
        <Field name='override-date' label='日期' placeholder='2026-12-05' value={newDate} error={errors.newDate} onInput={setNewDate} />
        <View className='m-bar'>
          <Button className='btn' id='override-off' onClick={() => addOverride([])}>
            这天休息
          </Button>
          <Button className='btn' id='override-day' onClick={() => addOverride([MORNING, AFTERNOON])}>
            这天全天可约
          </Button>
        </View>
      </View>

      <Button className='btn btn--primary' id='save-availability' disabled={busy} onClick={() => void save()}>
        保存
      </Button>

      {reply?.saved ? (
        <View className='card' id='availability-preview'>
          <Text className='field__label'>接下来两周可以预约的时间</Text>
          {previewDays.length === 0 ? <Text className='muted'>没有可预约的时间。</Text> : null}
          {previewDays.map((d) => (
            <View key={d} className='m-row'>
              <Text>{formatChineseDate(d)}</Text>
              <Text className='muted'>
                {reply.preview
                  .filter((s) => s.date === d)
                  .map((s) => s.start)
                  .join(' ')}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
