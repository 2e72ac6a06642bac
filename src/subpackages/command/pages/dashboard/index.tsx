import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import {
  metricsApi,
  type BandView,
  type EnforcementFiguresReply,
  type EnforcementTrendReply,
  type MetricsQuery,
  type MetricsScopeReply,
  type TrialFiguresReply,
} from '../../../../api/metrics'
import { DateField } from '../../../../components/DateField/DateField'
import { PageShell } from '../../../../components/PageShell/PageShell'
import type { TrendBand } from '../../chart/trendSpec'
import { FigureCard } from '../../components/FigureCard'
import { TrendChart } from '../../components/TrendChart'
import { COMMAND, SUPERVISION_PAGE, toQueryString } from '../../query'
import '../../../../styles/choices.scss'
import '../../command.scss'

type Period = 'month' | 'year' | 'range'
const PERIODS: Array<{ id: Period; text: string }> = [
  { id: 'month', text: '本月' },
  { id: 'year', text: '今年以来' },
  { id: 'range', text: '自选' },
]

/** The courts one may look at, as choices: for an intermediate court 两级法院, 本院, 基层法院合计 and each basic court. */
function courtChoices(s: MetricsScopeReply): Array<{ key: string; text: string; q: Pick<MetricsQuery, 'courtId' | 'scope'> }> {
  const own = { key: `${s.court.id}:court`, text: s.level === 'intermediate' ? '本院' : s.court.name, q: { courtId: s.court.id, scope: 'court' as const } }
  if (s.level !== 'intermediate') return [own]
  return [
    { key: `${s.court.id}:area`, text: '两级法院', q: { courtId: s.court.id, scope: 'area' } },
    own,
    { key: `${s.court.id}:basic`, text: '基层法院合计', q: { courtId: s.court.id, scope: 'basic' } },
    ...s.basicCourts.map((c) => ({ key: `${c.id}:court`, text: c.name, q: { courtId: c.id, scope: 'court' as const } })),
  ]
}

const bandOf = (b: BandView | null | undefined): TrendBand | null =>
  b ? { ...(b.min !== null ? { min: b.min } : {}), ...(b.max !== null ? { max: b.max } : {}) } : null

interface Data {
  figures: EnforcementFiguresReply
  trend: EnforcementTrendReply
  trial: TrialFiguresReply | null
}

/** 执行指挥中心: every figure of a court and period against its band, its monthly trend, the subsets and the trial figures. */
export default function Dashboard() {
  const [scope, setScope] = useState<MetricsScopeReply | null>(null)
  const [court, setCourt] = useState<string>('')
  const [period, setPeriod] = useState<Period>('year')
  const [range, setRange] = useState({ from: '', to: '' })
  const [data, setData] = useState<Data | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const queryFor = (s: MetricsScopeReply, courtKey: string, p: Period, r: { from: string; to: string }): MetricsQuery => {
    const choice = courtChoices(s).find((c) => c.key === courtKey) ?? courtChoices(s)[0]
    return { ...choice.q, period: p, ...(p === 'range' ? { from: r.from, to: r.to } : {}) }
  }

  const load = async (q: MetricsQuery) => {
    setLoading(true)
    setError(null)
    try {
      const [figures, trend, trial] = await Promise.all([
        metricsApi.enforcement(q),
        metricsApi.enforcementTrend(q),
        // The trial figures are the president's extra; the dashboard stands without them.
        metricsApi.trial(q).catch(() => null),
      ])
      setData({ figures, trend, trial })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setLoading(false)
    }
  }

  useDidShow(() => {
    if (scope) return
    metricsApi.scope().then(
      (s) => {
        setScope(s)
        const first = courtChoices(s)[0].key
        setCourt(first)
        setRange({ from: `${s.today.slice(0, 4)}-01-01`, to: s.today })
        void load(queryFor(s, first, 'year', range))
      },
      (e) => setError(toApiError(e).message),
    )
  })

  const pickCourt = (key: string) => {
    setCourt(key)
    if (scope && period !== 'range') void load(queryFor(scope, key, period, range))
  }
  const pickPeriod = (p: Period) => {
    setPeriod(p)
    if (scope && p !== 'range') void load(queryFor(scope, court, p, range))
  }
  const showRange = () => {
    if (!scope) return
    if (!/^\d{4}-\d{2}-\d{2}$/.test(range.from) || !/^\d{4}-\d{2}-\d{2}$/.test(range.to)) {
      setError('请填写开始日期和结束日期')
      return
    }
    if (range.from > range.to) {
      setError('开始日期不能晚于结束日期')
      return
    }
    void load(queryFor(scope, court, 'range', range))
  }
  const current = scope ? queryFor(scope, court, period, range) : {}
  const open = (page: string, extra: Record<string, string> = {}) =>
    void Taro.navigateTo({ url: `${COMMAND}/${page}/index?${toQueryString({ ...current, ...extra })}` })

  return (
    <PageShell testId='command-dashboard'>
      <Text className='title'>执行指挥中心</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {scope ? (
        <View className='card'>
          <Text className='section-title'>法院</Text>
          <View className='choices' id='court-choices'>
            {courtChoices(scope).map((c) => (
              <View
                key={c.key}
                className={c.key === court ? 'choice choice--on' : 'choice'}
                id={`court-${c.key.replace(':', '-')}`}
                onClick={() => pickCourt(c.key)}
              >
                {c.text}
              </View>
            ))}
          </View>
          <Text className='section-title'>期间</Text>
          <View className='choices'>
            {PERIODS.map((p) => (
              <View key={p.id} className={p.id === period ? 'choice choice--on' : 'choice'} id={`period-${p.id}`} onClick={() => pickPeriod(p.id)}>
                {p.text}
              </View>
            ))}
          </View>
          {period === 'range' ? (
            <View id='range'>
              <DateField name='from' label='开始日期' value={range.from} onChange={(from) => setRange((r) => ({ ...r, from }))} start='2000-01-01' />
              <DateField name='to' label='结束日期' value={range.to} onChange={(to) => setRange((r) => ({ ...r, to }))} start='2000-01-01' />
              <Button className='btn btn--primary' id='range-show' onClick={showRange}>
                查看这段时间
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}
      {loading && !data ? <View className='skeleton' /> : null}
      {data ? (
        <View id='figures'>
          <Text className='muted' id='subject'>
            {data.figures.subject.subjectText}，{data.figures.subject.periodText}
            {loading ? '（正在更新）' : ''}
          </Text>
          <View className='nav-buttons'>
            {/* The court's 督办 list lives with the enforcement work pages (same API, one place to keep). */}
            <Button className='btn' id='open-supervision' onClick={() => void Taro.navigateTo({ url: SUPERVISION_PAGE })}>
              督办
            </Button>
            <Button className='btn' id='open-scorecards' onClick={() => open('scorecards')}>
              团队周评估
            </Button>
            <Button className='btn' id='open-reports' onClick={() => open('reports')}>
              监管通报
            </Button>
          </View>
          <Text className='section-title'>执行指标</Text>
          {data.figures.figures.map((f) => (
            <View key={f.figure}>
              <FigureCard f={f} idPrefix='figure' onOpen={() => open('explain', { figure: f.figure })} />
              <TrendChart
                id={`trend-${f.figure}`}
                title={f.name}
                unit={f.unit}
                band={bandOf(f.band)}
                points={data.trend.months.map((m) => ({
                  month: m.month,
                  value: (m.counts as unknown as Record<string, number | null>)[f.figure] ?? null,
                }))}
              />
            </View>
          ))}
          <Text className='section-title'>涉农、涉企、涉党政机关案件</Text>
          {data.figures.subsets.map((s) => (
            <View key={s.subset} className='card' id={`subset-${s.subset}`}>
              <Text className='figure__name'>{s.name}</Text>
              <Text className='figure__detail'>{s.text}</Text>
            </View>
          ))}
          {data.trial ? (
            <View id='trial'>
              <Text className='section-title'>审判指标（院长查看）</Text>
              {data.trial.figures.map((f) => (
                <FigureCard key={f.figure} f={f} idPrefix='trial' />
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}
