import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { executionApi, type SupervisionReply } from '../../../../api/enforcement'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import { dayText } from '../../../enforcement/words'
import { RiskRow, riskOrder } from '../../components/RiskRow'
import '../../../../styles/choices.scss'
import '../../../enforcement/enforcement.scss'

/** The pages read so far as one reply: their risks in the list's order, their per-team counts added up. */
function merged(pages: SupervisionReply[] | null): SupervisionReply | null {
  const first = pages?.[0]
  if (!pages || !first) return null
  const groups = new Map<string | null, SupervisionReply['byTeam'][number]>()
  for (const g of pages.flatMap((p) => p.byTeam)) {
    const had = groups.get(g.teamId)
    groups.set(g.teamId, had ? { ...had, overdue: had.overdue + g.overdue, warning: had.warning + g.warning } : g)
  }
  return {
    courtId: first.courtId,
    today: first.today,
    risks: pages.flatMap((p) => p.risks).sort(riskOrder),
    byTeam: [...groups.values()].sort((a, b) => b.overdue - a.overdue || b.warning - a.warning),
  }
}

/**
 * 督办: every overdue or nearly due risk point of the court, by team, for the 执行指挥中心, a page
 * of cases at a time (the oldest received first; more on scroll, the counts growing with them).
 */
export default function Supervision() {
  const [teamId, setTeamId] = useState<string | undefined>(undefined)
  const team = useRef(teamId)
  team.current = teamId
  const { items, error, state, reload, loadMore } = usePagedList(
    (cursor) => executionApi.supervision(team.current, cursor),
    (p) => p.page,
  )
  const s = merged(items)
  useDidShow(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh())
  })
  const pick = (id: string | undefined) => {
    team.current = id
    setTeamId(id)
    void reload()
  }
  return (
    <PageShell testId='execution-supervision'>
      <Text className='title'>督办</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {s === null && !error ? <View className='skeleton' /> : null}
      {s ? (
        <View>
          <Text className='muted'>截至{dayText(s.today)}</Text>
          <View className='choices'>
            <View className={teamId === undefined ? 'choice choice--on' : 'choice'} onClick={() => pick(undefined)}>
              全院
            </View>
            {s.byTeam.map((t) => (
              <View key={t.teamId ?? 'none'} className={teamId === t.teamId ? 'choice choice--on' : 'choice'} onClick={() => t.teamId && pick(t.teamId)}>
                {t.teamName}：超期{t.overdue}，临期{t.warning}
              </View>
            ))}
          </View>
          {s.risks.length === 0 ? <View className='card'>没有超期或临期的事项。</View> : null}
          {s.risks.map((r, i) => (
            <RiskRow key={`${r.code}-${r.caseId}-${i}`} r={r} />
          ))}
        </View>
      ) : null}
      <PagedFooter id='supervision-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
