import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { exportScorecards, metricsApi, type ScorecardsReply } from '../../../../api/metrics'
import { DateField } from '../../../../components/DateField/DateField'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { FigureCard } from '../../components/FigureCard'
import { countText } from '../../words'
import '../../../../styles/choices.scss'
import '../../command.scss'

/**
 * 团队周评估: each team's week (workload, received, closed, overdue nodes) and its year-to-date
 * figures against the court's bands. The teams come in the court's own order, never sorted by
 * result: the figures are for analysis, not a league table.
 */
export default function Scorecards() {
  const { params } = useRouter()
  const courtId = params.courtId || undefined
  const [week, setWeek] = useState('')
  const [s, setS] = useState<ScorecardsReply | null>(null)
  const [busy, setBusy] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const load = async (w?: string) => {
    setBusy(true)
    setError(null)
    try {
      const r = await metricsApi.scorecards({ ...(courtId ? { courtId } : {}), ...(w ? { week: w } : {}) })
      setS(r)
      setWeek(r.weekTo)
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  useDidShow(() => {
    if (!s) void load()
  })
  const showWeek = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(week)) {
      setError('请填写这一周里的任意一天，例如 2021-10-31')
      return
    }
    void load(week)
  }
  const download = async () => {
    if (!s) return
    setExporting(true)
    try {
      await exportScorecards({ ...(courtId ? { courtId } : {}), week: s.weekTo })
    } catch (e) {
      void Taro.showToast({ title: toApiError(e).message, icon: 'none' })
    } finally {
      setExporting(false)
    }
  }

  return (
    <PageShell testId='command-scorecards'>
      <Text className='title'>团队周评估</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      <View className='card'>
        <DateField name='week' label='查看哪一周（填这一周里的任意一天）' value={week} onChange={setWeek} start='2000-01-01' />
        <Button className='btn btn--primary' id='week-show' disabled={busy} onClick={showWeek}>
          查看这一周
        </Button>
      </View>
      {s === null && busy ? <View className='skeleton' /> : null}
      {s ? (
        <View id='scorecards'>
          <Text className='muted' id='week-text'>
            {s.court.name}，{s.weekText}；指标为{s.figuresFrom}至{s.weekTo}的案件
          </Text>
          <View className='banner' id='no-ranking'>
            {s.notice}
          </View>
          <Button className='btn' id='scorecards-export' disabled={exporting} onClick={() => void download()}>
            {exporting ? '正在导出……' : '导出表格'}
          </Button>
          {s.teams.length === 0 ? <Text className='muted'>本院还没有执行团队。</Text> : null}
          {s.teams.map((t) => (
            <View key={t.teamId} className='card' id={`team-${t.teamId}`}>
              <Text className='section-title'>{t.teamName}</Text>
              <Text className='muted'>{t.members}</Text>
              <Text className='figure__detail'>
                在办{countText(t.workload)}，本周收案{countText(t.received)}，本周结案{countText(t.closedThisWeek)}，超期节点{t.overdueNodes}个
              </Text>
              {t.figures.map((f) => (
                <FigureCard key={f.figure} f={f} idPrefix={`team-${t.teamId}`} />
              ))}
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
