import { Button, Switch, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { validatePersonName } from '@domain/identity/validatePersonName'
import { validateResidentId } from '@domain/identity/validateResidentId'
import { authApi } from '../../api/auth'
import { toApiError } from '../../api/errors'
import { meApi } from '../../api/me'
import { offlineCache } from '../../api/offlineCache'
import type { Profile } from '../../api/types'
import { Field } from '../../components/Field/Field'
import { PageShell } from '../../components/PageShell/PageShell'
import { StaffTasksCard } from '../../components/StaffTasksCard/StaffTasksCard'
import { elderModeChosen, useElderMode } from '../../hooks/useElderMode'
import { clearSession, getSession, useSession } from '../../stores/session'
import { afterProfile } from '../../utils/afterProfile'
import './index.scss'

const STATUS_TEXT: Record<Profile['realNameStatus'], string> = {
  none: '未实名',
  submitted: '已提交，待核验',
  verified: '已实名认证',
  rejected: '未通过核验，请修改后重新提交',
}
/** What was changed, in the words the notice uses. */
const CHANGED_TEXT: Record<NonNullable<Profile['reviewReason']>, string> = {
  name: '姓名',
  'id-number': '身份证号',
  'name-and-id-number': '姓名和身份证号',
}
const ROLE_TEXT: Record<Profile['role'], string> = {
  litigant: '当事人',
  agent: '代理人',
  judge: '法官',
  clerk: '书记员',
  mediator: '调解员',
  admin: '管理员',
}

type Errors = Partial<Record<'realName' | 'idNumber', string>>

/** Checks on the phone with the same rules the server applies, so mistakes show at once. */
export function checkProfile(v: { realName: string; idNumber: string }): Errors {
  const errors: Errors = {}
  const name = validatePersonName(v.realName)
  if (!name.ok) errors.realName = name.reason
  const id = validateResidentId(v.idNumber.trim().toUpperCase())
  if (!id.ok) errors.idNumber = id.reason
  return errors
}

/** The court's enforcement work, reached from 我的 as well as the 服务大厅 tile. */
const EXECUTION_LINKS = [
  { id: 'queue', text: '执行立案（待审查的申请）' },
  { id: 'tasks', text: '我的执行任务' },
  { id: 'supervision', text: '督办（超期和风险）' },
  { id: 'complaints', text: '执行信访' },
  { id: 'teams', text: '执行团队' },
] as const

const MOBILE_PAGE = '/subpackages/me/pages/mobile/index'
const ID_CARD_PAGE = '/subpackages/me/pages/id-card/index'

/** 我的: the real-name profile, elder mode, and sign-out. */
export default function Me() {
  const { user } = useSession()
  const [elder, setElder] = useElderMode()
  const [profile, setProfile] = useState<Profile | null>(null)
  // The mobile number is changed on its own page, with an SMS code.
  const [form, setForm] = useState({ realName: '', idNumber: '', address: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [editing, setEditing] = useState(false)

  useDidShow(() => {
    if (!user) return
    meApi.get().then(
      (p) => {
        setProfile(p)
        setForm({ realName: p.realName ?? '', idNumber: '', address: p.address ?? '' })
        // Sent here to fill the profile in before filing: the form is open at once.
        if (afterProfile.peek() && p.realNameStatus === 'none') setEditing(true)
      },
      (err) => setBanner({ kind: 'error', text: toApiError(err).message }),
    )
  })

  const save = async () => {
    const found = checkProfile(form)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    try {
      const p = await meApi.updateProfile(form)
      setProfile(p)
      setEditing(false)
      setBanner({ kind: 'ok', text: p.reviewReason ? '已保存，实名信息需要重新核验' : '实名信息已保存' })
      const back = afterProfile.take()
      if (back) void Taro.navigateTo({ url: back })
    } catch (err) {
      const e = toApiError(err)
      if (e.field) setErrors({ [e.field]: e.message })
      else setBanner({ kind: 'error', text: e.message })
    }
  }

  if (!user) {
    return (
      <PageShell testId='me'>
        <Text className='title'>我的</Text>
        <View className='card'>
          <Text>登录后可以查看案件、填写实名信息。</Text>
          <Button className='btn btn--primary' id='me-login' onClick={() => void Taro.navigateTo({ url: '/pages/login/index?next=%2Fpages%2Fme%2Findex' })}>
            去登录
          </Button>
        </View>
        <ElderSwitch elder={elder} setElder={setElder} />
      </PageShell>
    )
  }

  const isParty = user.role === 'litigant' || user.role === 'agent'
  return (
    <PageShell testId='me'>
      <Text className='title'>{profile?.realName ?? user.displayName}</Text>
      {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : null}
      {profile?.reviewReason ? (
        <View className='banner banner--warn' id='review-notice'>
          您改了{CHANGED_TEXT[profile.reviewReason]}，实名信息要重新核验。核验通过以前，您不能用实名身份查看案件、文书和调解。
        </View>
      ) : null}
      <View className='card' id='profile'>
        <Row label='身份' value={ROLE_TEXT[user.role]} />
        {profile ? (
          <>
            <Row label='实名状态' value={profile.reviewReason ? '已修改，重新核验中' : STATUS_TEXT[profile.realNameStatus]} />
            {profile.idNumberMasked ? <Row label='身份证号' value={profile.idNumberMasked} /> : null}
            {profile.birthDate ? <Row label='出生日期' value={profile.birthDate} /> : null}
            {profile.sex ? <Row label='性别' value={profile.sex === 'male' ? '男' : '女'} /> : null}
            {isParty || profile.mobile ? <Row label='手机号' value={profile.mobile ?? '未绑定'} /> : null}
            {profile.pendingMobile ? <Row label='新手机号' value={`${profile.pendingMobile}（等待验证码）`} /> : null}
            {isParty ? (
              <Button className='btn' id='change-mobile' onClick={() => void Taro.navigateTo({ url: MOBILE_PAGE })}>
                {profile.mobile ? '更换手机号' : '绑定手机号'}
              </Button>
            ) : null}
          </>
        ) : (
          <Text className='muted'>正在读取……</Text>
        )}
      </View>
      {profile?.realNameStatus === 'rejected' ? (
        <View className='banner banner--error' id='reject-notice'>
          法院没有通过您的实名核验，原因：{profile.rejectReason ?? '未说明'}。请按原因重新上传身份证照片，或修改姓名、身份证号后保存，会自动重新提交核验。
        </View>
      ) : null}
      {isParty && profile && profile.realNameStatus !== 'none' && profile.realNameStatus !== 'verified' ? (
        <Button className='btn' id='id-card' onClick={() => void Taro.navigateTo({ url: ID_CARD_PAGE })}>
          {profile.idCard ? (profile.realNameStatus === 'rejected' ? '重新上传身份证照片' : '身份证照片已提交，查看') : '上传身份证照片（实名核验必需）'}
        </Button>
      ) : null}
      {isParty && !editing ? (
        <Button className='btn btn--primary' id='edit-profile' onClick={() => setEditing(true)}>
          {profile?.realNameStatus === 'none' ? '填写实名信息' : '修改实名信息'}
        </Button>
      ) : null}
      {isParty && editing ? (
        <View className='card' id='profile-form'>
          {afterProfile.peek() ? (
            <Text className='muted' id='profile-for-filing'>
              填好保存后，自动回到网上立案。
            </Text>
          ) : null}
          <Text className='muted'>请填写与身份证一致的信息，法院据此确认您的身份（《人民法院在线诉讼规则》第七条）。</Text>
          {profile?.realNameStatus === 'verified' ? (
            <Text className='muted' id='reverify-warning'>
              注意：改了姓名或身份证号，需要重新核验，核验通过以前不能查看案件和调解。
            </Text>
          ) : null}
          <Field name='realName' label='姓名' value={form.realName} onInput={(v) => setForm({ ...form, realName: v })} error={errors.realName} />
          <Field
            name='idNumber'
            label='身份证号'
            type='idcard'
            maxlength={18}
            value={form.idNumber}
            onInput={(v) => setForm({ ...form, idNumber: v })}
            error={errors.idNumber}
          />
          <Field name='address' label='住址（选填）' value={form.address} onInput={(v) => setForm({ ...form, address: v })} />
          <Button className='btn btn--primary' id='save-profile' onClick={save}>
            保存
          </Button>
        </View>
      ) : null}
      {isParty ? (
        <Button className='btn' id='me-enforcement' onClick={() => void Taro.navigateTo({ url: '/subpackages/enforcement/pages/index/index' })}>
          我的执行案件
        </Button>
      ) : null}
      <StaffTasksCard role={user.role} />
      {user.role === 'judge' || user.role === 'clerk' || user.role === 'admin' ? (
        <View className='card' id='me-execution'>
          <Text className='muted'>执行</Text>
          {EXECUTION_LINKS.map((l) => (
            <Button
              key={l.id}
              className='btn'
              id={`me-execution-${l.id}`}
              onClick={() => void Taro.navigateTo({ url: `/subpackages/execution/pages/${l.id}/index` })}
            >
              {l.text}
            </Button>
          ))}
        </View>
      ) : null}
      {user.role === 'litigant' ? (
        <Button className='btn' id='farm-profile' onClick={() => void Taro.navigateTo({ url: '/subpackages/hearing/pages/profile/index' })}>
          农忙时节与不便到庭的日期
        </Button>
      ) : null}
      <ElderSwitch elder={elder} setElder={setElder} />
      <Button
        className='btn'
        id='logout'
        onClick={() => {
          // Signed out here whatever the network does; the server ends the session when it can be reached.
          const { token } = getSession()
          if (token) void authApi.logout(token).catch(() => undefined)
          clearSession()
          offlineCache.forgetAll()
          setProfile(null)
        }}
      >
        退出登录
      </Button>
    </PageShell>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='me__row'>
      <Text className='muted'>{label}</Text>
      <Text>{value}</Text>
    </View>
  )
}

// The state is said in words beside the switch, not by its colour alone.
function ElderSwitch({ elder, setElder }: { elder: boolean; setElder: (on: boolean) => void }) {
  const auto = elder && !elderModeChosen()
  return (
    <View className='card'>
      <View className='me__row me__row--last'>
        <Text id='elder-label'>长辈模式（字和按钮更大）</Text>
        <View className='me__switch'>
          <Text className='me__switch-state'>{elder ? '已开' : '已关'}</Text>
          <Switch checked={elder} id='elder-switch' nativeProps={{ 'aria-label': '长辈模式（字和按钮更大）' }} onChange={(e) => setElder(e.detail.value)} />
        </View>
      </View>
      {auto ? (
        <Text className='muted' id='elder-auto'>
          手机设置了大字体，已自动打开；不需要可以关掉。
        </Text>
      ) : null}
    </View>
  )
}
