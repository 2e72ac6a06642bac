import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { toApiError } from '../../../../api/errors'
import { type BusyRange, farmApi, type FarmProfile } from '../../../../api/hearings'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { todayInShanghai } from '../../../../utils/today'
import { BusyForm } from '../../components/BusyForm'
import '../../hearing.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'

const md = (mmdd: string) => `${Number(mmdd.slice(0, 2))}月${Number(mmdd.slice(3, 5))}日`

/** 农忙时节: where I farm or herd, what work keeps me in the fields, and days I cannot come to court. */
export default function FarmProfilePage() {
  const [profile, setProfile] = useState<FarmProfile | null>(null)
  const [region, setRegion] = useState<string | null>(null)
  const [activities, setActivities] = useState<string[]>([])
  const [busy, setBusy] = useState<BusyRange[]>([])
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error' | 'warn'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const [today, setToday] = useState('')

  const fill = (p: FarmProfile) => {
    setProfile(p)
    setRegion(p.region)
    setActivities(p.activities)
    setBusy(p.busy)
  }
  useDidShow(() => {
    // The phone's date only bounds the date pickers; the server checks every date again.
    setToday(todayInShanghai())
    farmApi.profile().then(fill, (e) => setBanner({ kind: 'error', text: toApiError(e).message }))
  })

  const save = async () => {
    setSaving(true)
    try {
      const p = await farmApi.saveProfile({ region, activities: region ? activities : [], busy })
      fill(p)
      setBanner({ kind: 'ok', text: '已保存。法院安排开庭时会避开这些日子。' })
    } catch (e) {
      setBanner({ kind: 'error', text: toApiError(e).message })
    } finally {
      setSaving(false)
    }
  }

  if (!profile)
    return (
      <PageShell testId='farm-profile'>
        {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : <View className='card'>正在读取……</View>}
      </PageShell>
    )
  const option = profile.options.find((o) => o.region === region)
  const toggle = (a: string) => setActivities(activities.includes(a) ? activities.filter((x) => x !== a) : [...activities, a])

  return (
    <PageShell testId='farm-profile'>
      <Text className='title'>农忙时节</Text>
      <Text className='hr__sub'>告诉法院您什么时候忙农活、什么时候来不了，法院安排开庭时会尽量避开。</Text>
      {banner ? (
        <View className={`banner banner--${banner.kind}`} id='farm-banner'>
          {banner.text}
        </View>
      ) : null}
      {profile.source === 'filing' ? <View className='banner banner--warn'>已按您立案时填写的农忙情况预先填好，请核对后点“保存”。</View> : null}

      <View className='card'>
        <Text className='hr__h'>1. 您在哪里种地或放牧？</Text>
        {profile.options.map((o) => (
          <View
            key={o.region}
            id={`region-${o.region}`}
            className={region === o.region ? 'hr__option hr__option--on' : 'hr__option'}
            onClick={() => {
              if (region !== o.region) setActivities([])
              setRegion(o.region)
            }}
          >
            <ChoiceMark kind='radio' on={region === o.region} />
            <Text>{o.regionName}</Text>
          </View>
        ))}
        <View id='region-none' className={region === null ? 'hr__option hr__option--on' : 'hr__option'} onClick={() => setRegion(null)}>
          <ChoiceMark kind='radio' on={region === null} />
          <Text>我不种地、不放牧</Text>
        </View>
      </View>

      {option ? (
        <View className='card'>
          <Text className='hr__h'>2. 哪些农活您家要做？（可多选）</Text>
          {option.activities.map((a) => {
            const on = activities.includes(a.activity)
            return (
              <View
                key={a.activity}
                id={`activity-${a.activity}`}
                className={on ? 'hr__option hr__option--on' : 'hr__option'}
                onClick={() => toggle(a.activity)}
              >
                <ChoiceMark kind='check' on={on} />
                <Text>
                  {a.activityName}（一般{md(a.from)}至{md(a.to)}）
                </Text>
              </View>
            )
          })}
        </View>
      ) : null}

      <View className='card'>
        <Text className='hr__h'>{option ? '3.' : '2.'} 还有哪些日子来不了？</Text>
        {busy.length === 0 ? <Text className='muted'>没有填写。</Text> : null}
        {busy.map((b, i) => (
          <View key={`${b.from}-${b.to}-${i}`} className='hr__row' id={`busy-${i}`}>
            <Text>
              {b.from === b.to ? formatChineseDate(b.from) : `${formatChineseDate(b.from)} 至 ${formatChineseDate(b.to)}`}
              {b.reason ? `：${b.reason}` : ''}
            </Text>
            <Button className='btn hr__remove' id={`busy-remove-${i}`} onClick={() => setBusy(busy.filter((_, k) => k !== i))}>
              删除
            </Button>
          </View>
        ))}
        {today ? (
          <BusyForm today={today} submitLabel='加上这段日子' onSubmit={(b) => setBusy([...busy, b].sort((x, y) => (x.from < y.from ? -1 : 1)))} />
        ) : null}
      </View>

      <Button className='btn btn--primary' id='farm-save' disabled={saving} onClick={() => void save()}>
        保存
      </Button>
    </PageShell>
  )
}
