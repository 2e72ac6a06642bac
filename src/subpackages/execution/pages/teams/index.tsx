import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { executionApi, type StaffOption, type TeamBody, type TeamView } from '../../../../api/enforcement'
import { toApiError } from '../../../../api/errors'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { useSession } from '../../../../stores/session'
import { Choices } from '../../components/Choices'
import '../../../../styles/choices.scss'
import '../../../enforcement/enforcement.scss'

const ROLES: Array<[keyof Omit<TeamBody, 'name'>, string]> = [
  ['judgeId', '法官'],
  ['assistantId', '法官助理'],
  ['clerkId', '书记员'],
  ['bailiffId', '法警'],
]
const empty: TeamBody = { name: '', judgeId: '', assistantId: '', clerkId: '', bailiffId: '' }

/** "3+1" teams (法官 + 法官助理 + 书记员 + 法警): everyone sees them; the admin builds and changes them. */
export default function Teams() {
  const { user } = useSession()
  const admin = user?.role === 'admin'
  const [teams, setTeams] = useState<TeamView[] | null>(null)
  const [staff, setStaff] = useState<StaffOption[]>([])
  const [editing, setEditing] = useState<{ id: string | null; body: TeamBody } | null>(null)
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const load = () => executionApi.teams().then(setTeams, (e) => setBanner({ kind: 'error', text: toApiError(e).message }))
  useDidShow(() => {
    void load()
    if (admin) executionApi.staff().then(setStaff, () => undefined)
  })
  const edit = (t: TeamView | null) => {
    const of = (role: string) => t?.members.find((m) => m.role === role)?.accountId ?? ''
    setEditing({
      id: t?.id ?? null,
      body: t ? { name: t.name, judgeId: of('judge'), assistantId: of('assistant'), clerkId: of('clerk'), bailiffId: of('bailiff') } : empty,
    })
  }
  const save = async () => {
    if (!editing) return
    const missing = ROLES.filter(([k]) => !editing.body[k]).map(([, n]) => n)
    if (editing.body.name.trim().length < 2 || missing.length > 0) {
      setBanner({ kind: 'error', text: editing.body.name.trim().length < 2 ? '请填写团队名称' : `请选择${missing.join('、')}` })
      return
    }
    try {
      const body = { ...editing.body, name: editing.body.name.trim() }
      await (editing.id ? executionApi.updateTeam(editing.id, body) : executionApi.createTeam(body))
      setEditing(null)
      setBanner({ kind: 'ok', text: '执行团队已保存' })
      void load()
    } catch (e) {
      setBanner({ kind: 'error', text: toApiError(e).message })
    }
  }
  return (
    <PageShell testId='execution-teams'>
      <Text className='title'>执行团队</Text>
      {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : null}
      {teams?.length === 0 ? <View className='card'>还没有执行团队。</View> : null}
      {teams?.map((t) => (
        <View key={t.id} className='e-item' id={`team-${t.id}`}>
          <Text className='e-item__title'>{t.name}</Text>
          {t.members.map((m) => (
            <Text key={m.role} style={{ display: 'block' }}>
              {m.roleName}：{m.name}
            </Text>
          ))}
          <Text className='muted'>在办案件 {t.openCases} 件</Text>
          {admin ? (
            <Text className='link' onClick={() => edit(t)}>
              修改
            </Text>
          ) : null}
        </View>
      ))}
      {admin && !editing ? (
        <Button className='btn btn--primary' id='new-team' onClick={() => edit(null)}>
          新建执行团队
        </Button>
      ) : null}
      {editing ? (
        <View className='card' id='team-form'>
          <Field
            name='team-name'
            label='团队名称'
            value={editing.body.name}
            maxlength={40}
            onInput={(name) => setEditing({ ...editing, body: { ...editing.body, name } })}
          />
          {ROLES.map(([k, name]) => (
            <Choices
              key={k}
              idPrefix={`team-${k}`}
              label={name}
              options={staff.map((s) => [s.id, `${s.name}（${s.roleName}）`] as const)}
              value={editing.body[k] || null}
              onChange={(id) => setEditing({ ...editing, body: { ...editing.body, [k]: id } })}
            />
          ))}
          <Button className='btn btn--primary' id='save-team' onClick={() => void save()}>
            保存
          </Button>
          <Button className='btn' onClick={() => setEditing(null)}>
            取消
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
