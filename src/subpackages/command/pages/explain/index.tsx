import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { metricsApi, type EnforcementExplainReply, type ExplainCase } from '../../../../api/metrics'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { CASE_PAGE, fromParams } from '../../query'
import { moneyText } from '../../words'
import '../../../../styles/choices.scss'
import '../../command.scss'

type Side = 'numerator' | 'denominator'
const FIGURES = ['closureRate', 'withinLimitRate', 'terminationQualifiedRate', 'complaintClosureRate', 'performedAverageDays', 'recoveryRate'] as const
type Figure = (typeof FIGURES)[number]

/** Every number explains itself: the cases behind a figure's numerator and its denominator, 20 at a time, each opening its case. */
export default function Explain() {
  const { params } = useRouter()
  const figure = (FIGURES as readonly string[]).includes(params.figure ?? '') ? (params.figure as Figure) : 'closureRate'
  const [side, setSide] = useState<Side>('numerator')
  const [page, setPage] = useState<EnforcementExplainReply | null>(null)
  const [items, setItems] = useState<ExplainCase[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const load = async (s: Side, cursor?: string) => {
    setBusy(true)
    setError(null)
    try {
      const r = await metricsApi.explain({ ...fromParams(params), figure, side: s, ...(cursor ? { cursor } : {}) })
      setPage(r)
      setItems((old) => (cursor ? [...old, ...r.items] : r.items))
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  useDidShow(() => {
    if (!page) void load(side)
  })
  const pick = (s: Side) => {
    setSide(s)
    setItems([])
    void load(s)
  }
  const openCase = (c: ExplainCase) => void Taro.navigateTo({ url: `${CASE_PAGE}?id=${encodeURIComponent(c.linkId)}` })

  return (
    <PageShell testId='command-explain'>
      <Text className='title'>指标背后的案件</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      <View className='choices'>
        <View className={side === 'numerator' ? 'choice choice--on' : 'choice'} id='side-numerator' onClick={() => pick('numerator')}>
          分子{page ? `（${page.numerator.toLocaleString('en-US')}件）` : ''}
        </View>
        <View className={side === 'denominator' ? 'choice choice--on' : 'choice'} id='side-denominator' onClick={() => pick('denominator')}>
          分母{page ? `（${page.denominator.toLocaleString('en-US')}件）` : ''}
        </View>
      </View>
      {page ? (
        <View className='card' id='explain-list'>
          <Text className='section-title' id='explain-title'>
            {page.title}
          </Text>
          <Text className='muted'>
            {page.subject.subjectText}，{page.subject.periodText}，共{page.total.toLocaleString('en-US')}件，已显示{items.length}件
          </Text>
          {items.length === 0 && !busy ? <Text className='muted'>没有案件。</Text> : null}
          {items.map((c) => (
            <View key={`${c.kind}-${c.id}`} className='row-link' id={`explain-${c.id}`} role='link' onClick={() => openCase(c)}>
              <Text className='row-link__title'>
                {c.caseNumber}
                {c.kind === 'complaint' ? '（执行信访）' : ''}
              </Text>
              <Text>
                {c.courtName}，{c.filedOn}立案，{c.closedOn ? `${c.closedOn}${c.closureName}` : c.closureName}
              </Text>
              {c.appliedFen > 0 ? (
                <Text>
                  申请{moneyText(c.appliedFen)}，到位{moneyText(c.recoveredFen)}
                </Text>
              ) : null}
              <Text className='muted'>{c.note}</Text>
            </View>
          ))}
          {page.nextCursor ? (
            <Button className='btn' id='load-more' disabled={busy} onClick={() => void load(side, page.nextCursor ?? undefined)}>
              {busy ? '正在读取……' : '加载更多'}
            </Button>
          ) : null}
        </View>
      ) : busy ? (
        <View className='skeleton' />
      ) : null}
    </PageShell>
  )
}
