import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { toApiError } from '../../../../api/errors'
import { type HalfDay, hearingsApi, type RequestView } from '../../../../api/hearings'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { BusyForm } from '../../components/BusyForm'
import { MonthCalendar } from '../../components/MonthCalendar'
import '../../hearing.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'
import { askToSubscribe } from '../../../../utils/subscribe'

const VENUE_KIND: Record<string, string> = { 'circuit-point': '巡回审判点', courtroom: '法院' }

/**
 * 选择开庭日期: the half-days the court suggests (away from the party's farm season and busy days,
 * inside every legal limit) as big buttons, the month calendar that explains every other day, and
 * a way to say "none of these" by declaring more busy dates.
 */
export default function ChooseHearingDate() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [view, setView] = useState<RequestView | null>(null)
  const [month, setMonth] = useState<string | null>(null)
  const [selectedDay, setSelectedDay] = useState<string | null>(null)
  const [picked, setPicked] = useState<{ date: string; half: HalfDay } | null>(null)
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error' | 'warn'; text: string } | null>(null)
  const [showBusy, setShowBusy] = useState(false)
  const [sending, setSending] = useState(false)

  const show = (v: RequestView) => {
    setView(v)
    setMonth((m) => m ?? (v.slots[0]?.date ?? v.calendar.today).slice(0, 7))
  }
  useDidShow(() => {
    hearingsApi.request(id).then(show, (e) => setBanner({ kind: 'error', text: toApiError(e).message }))
  })

  const choose = async () => {
    if (!picked || !view) return
    // Inside the tap, before any await loses the gesture.
    void askToSubscribe('hearing')
    setSending(true)
    try {
      const v = await hearingsApi.choose(id, picked)
      show(v)
      setPicked(null)
      setBanner(null)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      const err = toApiError(e)
      setBanner({ kind: 'error', text: err.message })
      // The suggestions changed under the party (someone booked that half-day): show the new ones.
      if (err.code === 'HEARING_SLOT_GONE') hearingsApi.request(id).then(show, () => undefined)
    } finally {
      setSending(false)
    }
  }

  const declare = async (b: { from: string; to: string; reason: string }) => {
    setSending(true)
    try {
      const v = await hearingsApi.declareBusy(id, [b])
      show(v)
      setPicked(null)
      setShowBusy(false)
      setBanner({
        kind: 'ok',
        text: `已告诉法院您${b.from === b.to ? formatChineseDate(b.from) : `${formatChineseDate(b.from)}到${formatChineseDate(b.to)}`}不方便，下面是重新推荐的时间。`,
      })
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      setBanner({ kind: 'error', text: toApiError(e).message })
    } finally {
      setSending(false)
    }
  }

  if (!view || !month) {
    return (
      <PageShell testId='hearing-choose'>
        {banner ? <View className='banner banner--error'>{banner.text}</View> : <View className='card'>正在读取……</View>}
      </PageShell>
    )
  }

  const open = view.status === 'open'
  return (
    <PageShell testId='hearing-choose'>
      <Text className='title'>选择开庭日期</Text>
      <Text className='hr__sub'>
        {view.caseNumber} · {view.requestedBy}请您选一个方便到庭的时间
      </Text>
      {banner ? (
        <View className={`banner banner--${banner.kind}`} id='choose-banner'>
          {banner.text}
        </View>
      ) : null}

      {view.hearing ? (
        <View className='card' id='hearing-set'>
          <Text className='hr__h'>{view.hearing.status === 'postponed' ? '原定开庭已延期' : '开庭时间已确定'}</Text>
          <Text className='hr__slot-label'>{view.hearing.label}</Text>
          <Text className='hr__slot-place'>
            {view.hearing.roomName}（{view.hearing.address}）
          </Text>
          {view.hearing.status === 'postponed' ? <Text className='hr__slot-note'>延期理由：{view.hearing.postponeReason}</Text> : null}
          {view.hearing.status === 'scheduled' ? (
            <Button className='btn btn--primary' id='to-inbox' onClick={() => void Taro.switchTab({ url: '/pages/inbox/index' })}>
              去“我的文书”看传票
            </Button>
          ) : null}
        </View>
      ) : null}

      {open && view.answer?.kind === 'chose' && view.answer.slot ? (
        <View className='banner banner--ok' id='my-choice'>
          您已选：{view.answer.slot.label}，已经告诉法官。法官确定后，传票会发到“我的文书”；想换时间，可以再选一次。
        </View>
      ) : null}

      {open ? (
        <View className='card' id='slots'>
          <Text className='hr__h'>推荐的开庭时间</Text>
          <Text className='hr__sub'>
            {view.me.farm ? `已避开您的农忙时节（${view.me.farm.activities.join('、')}）和节假日，` : '已避开节假日和您申报不便的日子，'}
            也都在法律规定的期限之内。点一个时间，再点“确定选这个时间”。
          </Text>
          {view.slots.length === 0 ? <View className='banner banner--warn'>审限内已经没有合适的时间了，请直接联系承办法官。</View> : null}
          {view.slots.map((s) => {
            const on = picked?.date === s.date && picked.half === s.half
            return (
              <View
                key={`${s.date}-${s.half}`}
                id={`slot-${s.date}-${s.half}`}
                className={on ? 'hr__slot hr__slot--on' : 'hr__slot'}
                onClick={() => setPicked({ date: s.date, half: s.half })}
              >
                <Text className='hr__slot-label'>
                  {on ? <ChoiceMark kind='check' on /> : null}
                  {s.label}
                </Text>
                <Text className='hr__slot-place'>
                  {s.roomName}（{VENUE_KIND[s.roomKind] ?? '法院'}
                  {s.placeNote ? `，${s.placeNote}` : ''}：{s.address}），{s.time}开始
                </Text>
                {s.provisional ? <Text className='hr__slot-note'>当年放假安排尚未公布，日期按惯例推算</Text> : null}
                {s.notes.map((n) => (
                  <Text key={n} className='hr__slot-note'>
                    {n}
                  </Text>
                ))}
              </View>
            )
          })}
          {view.slots.length > 0 ? (
            <Button className='btn btn--primary' id='choose-submit' disabled={!picked || sending} onClick={() => void choose()}>
              {picked ? `确定选 ${view.slots.find((s) => s.date === picked.date && s.half === picked.half)?.label ?? ''}` : '请先点一个时间'}
            </Button>
          ) : null}
        </View>
      ) : null}

      <View className='card'>
        <Text className='hr__h'>日历</Text>
        <MonthCalendar
          input={view}
          month={month}
          onMonth={(m) => {
            setMonth(m)
            setSelectedDay(null)
          }}
          selected={selectedDay}
          onSelect={setSelectedDay}
          onPickSlot={open ? setPicked : undefined}
        />
      </View>

      {open ? (
        <View className='card' id='busy'>
          <Text className='hr__h'>这些时间都不方便？</Text>
          {showBusy ? (
            <>
              <Text className='hr__sub'>告诉法院哪些天您来不了，法院会重新推荐时间（也会记在您的农忙信息里）。</Text>
              <BusyForm today={view.calendar.today} submitLabel='告诉法院，重新推荐' busy={sending} onSubmit={declare} />
            </>
          ) : (
            <Button className='btn' id='busy-open' onClick={() => setShowBusy(true)}>
              申报不方便的日期
            </Button>
          )}
        </View>
      ) : null}
    </PageShell>
  )
}
