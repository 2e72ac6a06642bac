import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { farmSourceNote } from '@domain/scheduling/farmNames'
import { toApiError } from '../../../../api/errors'
import { farmApi, type FarmCalendar, type FarmCalendarRow, type FarmOverride } from '../../../../api/hearings'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { todayInShanghai } from '../../../../utils/today'
import { monthDay } from '../../../../utils/monthDay'
import '../../../service/chips.scss'
import './index.scss'

type Edit = { from: string; to: string; note: string }
const keyOf = (r: Pick<FarmCalendarRow, 'region' | 'activity'>) => `${r.region}|${r.activity}`
const CONFIDENCE_TONE: Record<string, 'green' | 'blue' | 'orange' | 'red'> = {
  confirmed: 'green',
  'peak-confirmed': 'blue',
  estimated: 'orange',
  'zone-level': 'orange',
  unconfirmed: 'red',
}

/**
 * The court's farm calendar for a year: every region's farm-busy windows with their source and how
 * sure they are; the admin moves a window when the season comes early or late. Hearing suggestions
 * use these dates.
 */
export default function FarmCalendarPage() {
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)))
  const [cal, setCal] = useState<FarmCalendar | null>(null)
  const [edits, setEdits] = useState<Record<string, Edit>>({})
  const [open, setOpen] = useState<string | null>(null)
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)

  const show = (c: FarmCalendar) => {
    setCal(c)
    setEdits(Object.fromEntries(c.rows.map((r) => [keyOf(r), { from: r.from, to: r.to, note: r.note ?? '' }])))
  }
  const load = (y: number) => {
    setCal(null)
    setOpen(null)
    farmApi.calendar(y).then(show, (e) => setBanner({ kind: 'error', text: toApiError(e).message }))
  }
  useDidShow(() => load(year))
  const go = (y: number) => {
    setYear(y)
    setBanner(null)
    load(y)
  }

  const save = async () => {
    if (!cal) return
    const overrides: FarmOverride[] = cal.rows
      .map((r) => ({ r, e: edits[keyOf(r)] }))
      .filter(({ r, e }) => e.from !== r.defaultFrom || e.to !== r.defaultTo || e.note.trim() !== '')
      .map(({ r, e }) => ({ region: r.region, activity: r.activity, from: e.from.trim(), to: e.to.trim(), ...(e.note.trim() ? { note: e.note.trim() } : {}) }))
    setSaving(true)
    try {
      show(await farmApi.saveCalendar(year, overrides))
      setOpen(null)
      setBanner({ kind: 'ok', text: `${year}年农忙日历已保存，开庭排期将按新的日期避开农忙。` })
    } catch (e) {
      const err = toApiError(e)
      const row = /overrides\[(\d+)\]/.exec(err.field ?? '')
      setBanner({ kind: 'error', text: row ? `第${Number(row[1]) + 1}项调整：${err.message}` : err.message })
    } finally {
      setSaving(false)
    }
  }

  const regions = cal ? [...new Set(cal.rows.map((r) => r.region))] : []
  return (
    <PageShell testId='farm-calendar'>
      <Text className='title'>农忙日历</Text>
      <View className='fc__nav'>
        <View className='fc__arrow' id='year-prev' onClick={() => go(year - 1)}>
          <Text>‹ {year - 1}年</Text>
        </View>
        <Text className='fc__year' id='year-title'>
          {year}年
        </Text>
        <View className='fc__arrow' id='year-next' onClick={() => go(year + 1)}>
          <Text>{year + 1}年 ›</Text>
        </View>
      </View>
      {banner ? (
        <View className={`banner banner--${banner.kind}`} id='fc-banner'>
          {banner.text}
        </View>
      ) : null}
      {!cal ? <View className='card'>正在读取……</View> : null}
      {cal?.updatedAt ? (
        <Text className='muted'>
          最近由{cal.updatedBy}于{cal.updatedAt.slice(0, 10)}修改
        </Text>
      ) : null}
      {regions.map((region) => (
        <View className='card' key={region} id={`region-${region}`}>
          <Text className='fc__region'>{cal!.rows.find((r) => r.region === region)!.regionName}</Text>
          {cal!.rows
            .filter((r) => r.region === region)
            .map((r) => {
              const k = keyOf(r)
              const e = edits[k]
              const changed = e.from !== r.defaultFrom || e.to !== r.defaultTo
              return (
                <View key={k} className='fc__row' id={`row-${r.region}-${r.activity}`}>
                  <Text className='fc__name'>
                    {r.activityName}（{r.season}）
                  </Text>
                  <Text className='fc__dates'>
                    {monthDay(e.from)} — {monthDay(e.to)}
                    {changed ? `（默认 ${monthDay(r.defaultFrom)} — ${monthDay(r.defaultTo)}）` : ''}
                  </Text>
                  <View className='fc__chips'>
                    <Text className={`chip chip--${CONFIDENCE_TONE[r.confidence] ?? 'orange'}`}>可信度：{r.confidenceLabel}</Text>
                    {changed ? <Text className='chip chip--blue'>本院已调整</Text> : <Text className='chip chip--green'>默认日期</Text>}
                  </View>
                  <Text className='fc__source'>来源：{farmSourceNote(r)}</Text>
                  {e.note ? <Text className='fc__source'>说明：{e.note}</Text> : null}
                  <Button className='btn fc__edit-btn' id={`edit-${r.region}-${r.activity}`} onClick={() => setOpen(open === k ? null : k)}>
                    {open === k ? '收起' : '调整日期'}
                  </Button>
                  {open === k ? (
                    <View className='fc__edit'>
                      <Field
                        name={`from-${r.region}-${r.activity}`}
                        label='开始日期'
                        value={e.from}
                        maxlength={10}
                        onInput={(v) => setEdits({ ...edits, [k]: { ...e, from: v } })}
                      />
                      <Field
                        name={`to-${r.region}-${r.activity}`}
                        label='结束日期'
                        value={e.to}
                        maxlength={10}
                        onInput={(v) => setEdits({ ...edits, [k]: { ...e, to: v } })}
                      />
                      <Field
                        name={`note-${r.region}-${r.activity}`}
                        label='调整说明（如“今年雨水多，麦收推迟一周”）'
                        value={e.note}
                        maxlength={100}
                        onInput={(v) => setEdits({ ...edits, [k]: { ...e, note: v } })}
                      />
                      <Button
                        className='btn'
                        id={`reset-${r.region}-${r.activity}`}
                        onClick={() => setEdits({ ...edits, [k]: { from: r.defaultFrom, to: r.defaultTo, note: '' } })}
                      >
                        恢复默认日期
                      </Button>
                    </View>
                  ) : null}
                </View>
              )
            })}
        </View>
      ))}
      {cal ? (
        <Button className='btn btn--primary' id='fc-save' disabled={saving} onClick={() => void save()}>
          保存{year}年农忙日历
        </Button>
      ) : null}
    </PageShell>
  )
}
