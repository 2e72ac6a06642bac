import { Button, Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../../api/errors'
import { type CaseScheduling, type HearingSlot, hearingsApi } from '../../../../../api/hearings'
import { PageShell } from '../../../../../components/PageShell/PageShell'
import { todayInShanghai } from '../../../../../utils/today'
import { AgreedPeriodsCard } from './AgreedPeriodsCard'
import { CurrentHearingCard, HEARING_STATUS } from './CurrentHearingCard'
import { monthDay } from '../../../../../utils/monthDay'
import '../../../../service/chips.scss'
import '../hearing.scss'

const range = (b: { from: string; to: string }) => (b.from === b.to ? monthDay(b.from) : `${monthDay(b.from)}至${monthDay(b.to)}`)

/**
 * One case's scheduling: the parties' farm seasons and busy days, 请当事人选择 or 直接排期, the
 * parties' choices with a one-tap confirm, the suggestions, and 延期开庭 with a reason.
 */
export default function HearingCase() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [data, setData] = useState<CaseScheduling | null>(null)
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error' | 'warn'; text: string } | null>(null)
  const [venue, setVenue] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = () => hearingsApi.scheduling(id).then(setData, (e) => setBanner({ kind: 'error', text: toApiError(e).message }))
  useDidShow(() => void load())

  const run = async (f: () => Promise<string>) => {
    setBusy(true)
    try {
      const text = await f()
      setBanner({ kind: 'ok', text })
    } catch (e) {
      setBanner({ kind: 'error', text: toApiError(e).message })
    } finally {
      setBusy(false)
      await load()
    }
  }

  const book = (slot: Pick<HearingSlot, 'date' | 'half' | 'roomId' | 'judgeId'>, requestId?: string) =>
    run(async () => {
      const out = await hearingsApi.book(id, {
        date: slot.date,
        half: slot.half,
        judgeId: slot.judgeId,
        roomId: slot.roomId,
        ...(requestId ? { requestId } : {}),
      })
      const served = out.hearing.summons.map((s) => `${s.name}${s.status === 'electronic' ? '已电子送达' : '需纸质送达（见下方说明）'}`).join('；')
      const warn = out.warnings.length > 0 ? `。请注意：${out.warnings.join('、')}` : ''
      return `已定于${out.hearing.label}在${out.hearing.roomName}开庭。传票：${served}${warn}`
    })

  if (!data)
    return (
      <PageShell testId='hearing-case'>
        {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : <View className='card'>正在读取……</View>}
      </PageShell>
    )

  const defence = data.excluded.find((e) => e.reason.startsWith('答辩期内'))
  const today = todayInShanghai()
  const current = data.current
  const chosen = data.request?.answers.filter((a) => a.kind === 'chose' && a.slot) ?? []
  const agreed = chosen.length === data.parties.length && chosen.every((a) => a.slot!.date === chosen[0].slot!.date && a.slot!.half === chosen[0].slot!.half)
  const withVenue = (s: HearingSlot) => (venue ? { ...s, roomId: venue } : s)

  return (
    <PageShell testId='hearing-case'>
      <Text className='title'>{data.caseNumber}</Text>
      {banner ? (
        <View className={`banner banner--${banner.kind}`} id='hearing-banner'>
          {banner.text}
        </View>
      ) : null}
      <View className='card'>
        <Text className='jh__line'>
          {data.procedureName}：{monthDay(data.filedOn)}立案，审限至{monthDay(data.trialLimitEnd)}
        </Text>
        {defence ? (
          <Text className='jh__line'>
            {defence.reason}
            {data.complaint.assumed ? '（起诉状副本尚未全部送达，按最晚送达日推算）' : ''}
          </Text>
        ) : null}
        {data.parties.map((p) => (
          <View key={p.idx} className='jh__party' id={`hparty-${p.idx}`}>
            <Text className='jh__title'>
              {p.sideName}：{p.name}
              {p.hasAccount ? '' : '（未使用小程序）'}
            </Text>
            <Text className='jh__line'>
              {p.farm ? `农忙：${p.farm.regionName}，${p.farm.activities.join('、')}${p.farm.source === 'filing' ? '（立案时填写）' : ''}` : '没有填写农忙信息'}
            </Text>
            {p.unavailable.length > 0 ? <Text className='jh__line'>不便日期：{p.unavailable.map(range).join('、')}</Text> : null}
            {p.nearVenues.length > 0 ? <Text className='muted'>附近的巡回审判点：{p.nearVenues.join('、')}</Text> : null}
            {p.abroad ? <Text className='jh__line'>在境外（在中国境内没有住所）：答辩期三十日</Text> : null}
          </View>
        ))}
      </View>

      {data.procedure === 'small-claims' ? <AgreedPeriodsCard caseId={id} data={data} busy={busy} run={run} /> : null}

      {current ? <CurrentHearingCard current={current} busy={busy} today={today} run={run} /> : null}

      {!current && data.request ? (
        <View className='card' id='answers'>
          <Text className='jh__h'>当事人的选择</Text>
          <Text className='muted'>已于{monthDay(data.request.requestedAt.slice(0, 10))}请当事人选择</Text>
          {agreed ? <View className='banner banner--ok'>双方选了同一时间：{chosen[0].slot!.label}</View> : null}
          {data.parties.map((p) => {
            const a = data.request!.answers.find((x) => x.partyIdx === p.idx)
            return (
              <View key={p.idx} className='jh__party' id={`answer-${p.idx}`}>
                <Text className='jh__title'>
                  {p.sideName}：{p.name}
                </Text>
                {!a ? <Text className='jh__line'>还没有回复{p.hasAccount ? '' : '（未使用小程序，请电话联系）'}</Text> : null}
                {a?.kind === 'busy' ? <Text className='jh__line'>申报不便：{a.busy.map(range).join('、')}，还没有重新选择</Text> : null}
                {a?.slot ? (
                  <>
                    <Text className='jh__line'>
                      选了 {a.slot.label}，{a.slot.roomName}
                    </Text>
                    {a.stillPossible ? (
                      <Button className='btn btn--primary' id={`book-answer-${p.idx}`} disabled={busy} onClick={() => void book(a.slot!, data.request!.id)}>
                        按此时间开庭并发传票
                      </Button>
                    ) : (
                      <Text className='jh__note'>这个时间已不能安排：{a.problem}</Text>
                    )}
                    {a.warnings.map((w) => (
                      <Text key={w} className='jh__note'>
                        注意：{w}
                      </Text>
                    ))}
                  </>
                ) : null}
              </View>
            )
          })}
        </View>
      ) : null}

      {!current && !data.request ? (
        <View className='card'>
          <Text className='jh__h'>还没有开庭时间</Text>
          <Text className='muted'>请当事人在手机上选择（已避开各自的农忙和不便日期），或从下面的建议中直接排期。</Text>
          <Button
            className='btn btn--primary'
            id='ask-parties'
            disabled={busy}
            onClick={() => void run(async () => (await hearingsApi.ask(id), '已请当事人选择开庭日期，并发短信通知。'))}
          >
            请当事人选择
          </Button>
        </View>
      ) : null}

      {!current ? (
        <View className='card' id='suggestions'>
          <Text className='jh__h'>建议的时间（直接排期）</Text>
          <Text className='muted'>开庭地点</Text>
          <View className='jh__venues'>
            <View id='venue-auto' className={venue === null ? 'jh__venue jh__venue--on' : 'jh__venue'} onClick={() => setVenue(null)}>
              <Text>按建议</Text>
            </View>
            {data.venues.map((v) => (
              <View key={v.id} id={`venue-${v.id}`} className={venue === v.id ? 'jh__venue jh__venue--on' : 'jh__venue'} onClick={() => setVenue(v.id)}>
                <Text>{v.name}</Text>
              </View>
            ))}
          </View>
          {data.slots.length === 0 ? <View className='banner banner--warn'>审限内没有可以开庭的半天了。</View> : null}
          {data.slots.map((s, i) => {
            const place = data.venues.find((v) => v.id === withVenue(s).roomId)
            return (
              <View key={`${s.date}-${s.half}`} className='jh__slot' id={`suggestion-${i}`}>
                <Text className='jh__slot-label'>{s.label}</Text>
                <Text className='jh__line'>
                  {place?.name}，{s.judgeName}
                </Text>
                {s.notes.map((n) => (
                  <Text key={n} className='jh__note'>
                    {n}
                  </Text>
                ))}
                <Button className='btn' id={`book-slot-${i}`} disabled={busy} onClick={() => void book(withVenue(s), data.request?.id)}>
                  定在这个时间并发传票
                </Button>
              </View>
            )
          })}
        </View>
      ) : null}

      {data.hearings.filter((h) => h.status !== 'scheduled').length > 0 ? (
        <View className='card' id='history'>
          <Text className='jh__h'>以前的开庭安排</Text>
          {data.hearings
            .filter((h) => h.status !== 'scheduled')
            .map((h) => (
              <View key={h.id} className='jh__party'>
                <View className='jh__row'>
                  <Text className='jh__line'>
                    {h.label}，{h.roomName}
                  </Text>
                  <Text className={`chip chip--${HEARING_STATUS[h.status].tone}`}>{HEARING_STATUS[h.status].text}</Text>
                </View>
                {h.postponeReason ? <Text className='jh__note'>延期理由：{h.postponeReason}</Text> : null}
              </View>
            ))}
        </View>
      ) : null}
    </PageShell>
  )
}
