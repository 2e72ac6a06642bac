import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { executionApi } from '../../../../../api/enforcement'
import { deadlineWords } from '../../../../enforcement/words'
import { Choices } from '../../../components/Choices'
import type { Section } from '../useCaseWork'

/** 确定承办人: a "3+1" team and the judge who handles the case, within 7 days of 立案 (《若干期限规定》第二条). */
export function AssignCard({ c, busy, act, teams, loadTeams }: Section) {
  const needed = c.state !== 'applied' && c.state !== 'refused' && c.state !== 'closed' && !c.handler && c.viewer.side === 'court'
  useEffect(() => {
    if (needed) loadTeams()
  })
  const [teamId, setTeamId] = useState<string | null>(null)
  const [handlerId, setHandlerId] = useState<string | null>(null)
  if (!needed) return null
  const clock = c.timeline.find((n) => n.node === 'handler-assignment')?.deadline
  const team = teams?.find((t) => t.id === teamId)
  const judges = team?.members.filter((m) => m.role === 'judge') ?? []
  return (
    <View className='card' id='assign-card'>
      <Text className='e-section-title'>确定执行团队和承办人</Text>
      {clock ? <Text className={clock.overdue ? 'e-overdue' : ''}>期限：{deadlineWords(clock)}</Text> : null}
      {teams?.length === 0 ? <Text className='muted'>本院还没有执行团队，请管理员先建立“3+1”团队。</Text> : null}
      {teams && teams.length > 0 ? (
        <Choices
          idPrefix='assign-team'
          label='执行团队'
          options={teams.map((t) => [t.id, `${t.name}（在办${t.openCases}件）`] as const)}
          value={teamId}
          onChange={(id) => {
            setTeamId(id)
            const t = teams.find((x) => x.id === id)
            setHandlerId(t?.members.find((m) => m.role === 'judge')?.accountId ?? null)
          }}
        />
      ) : null}
      {team ? (
        <View>
          <Text className='muted' style={{ display: 'block' }}>
            成员：{team.members.map((m) => `${m.roleName}${m.name}`).join('、')}
          </Text>
          <Choices
            idPrefix='assign-handler'
            label='承办人'
            options={judges.map((m) => [m.accountId, m.name] as const)}
            value={handlerId}
            onChange={setHandlerId}
          />
        </View>
      ) : null}
      <Button
        className='btn btn--primary'
        id='assign-save'
        disabled={busy || !teamId || !handlerId}
        onClick={() => teamId && handlerId && void act(() => executionApi.assign(c.id, { teamId, handlerId }), '已分给执行团队，已通知申请人')}
      >
        确定
      </Button>
    </View>
  )
}
