import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { executionApi, type SupervisionReply } from '../../../../api/enforcement'
import { toApiError } from '../../../../api/errors'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { dayText } from '../../../enforcement/words'
import { RiskRow } from '../../components/RiskRow'
import '../../../../styles/choices.scss'
import '../../../enforcement/enforcement.scss'

/** 督办: every overdue or nearly due risk point of the court, by team, for the 执行指挥中心. */
export default function Supervision() {
  const [s, setS] = useState<SupervisionReply | null>(null)
  const [teamId, setTeamId] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const load = (team = teamId) => executionApi.supervision(team).then(setS, (e) => setError(toApiError(e).message))
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })
  const pick = (id: string | undefined) => {
    setTeamId(id)
    void load(id)
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
    </PageShell>
  )
}
