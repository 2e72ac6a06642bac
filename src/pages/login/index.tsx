import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { authApi } from '../../api/auth'
import { toApiError } from '../../api/errors'
import type { TokenReply } from '../../api/types'
import { Field } from '../../components/Field/Field'
import { PageShell } from '../../components/PageShell/PageShell'
import { setSession } from '../../stores/session'
import { demoBuild } from '../../utils/demoBuild'
import './index.scss'

const TAB_PAGES = ['/pages/index/index', '/pages/cases/index', '/pages/inbox/index', '/pages/me/index']

function goOn(next: string | undefined) {
  const url = next ? decodeURIComponent(next) : '/pages/index/index'
  if (TAB_PAGES.includes(url)) void Taro.switchTab({ url })
  else void Taro.redirectTo({ url })
}

/** Sign-in: WeChat for litigants, account and password for court staff, demo accounts in development. */
export default function Login() {
  const { params } = useRouter()
  const [demoUsers, setDemoUsers] = useState<Array<{ id: string; displayName: string }>>([])
  const [account, setAccount] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    // The server answers only while its dev sign-in is on; a release build does not even ask.
    if (demoBuild) authApi.devUsers().then(setDemoUsers, () => setDemoUsers([]))
  }, [])

  const run = async (signIn: () => Promise<TokenReply>) => {
    setBusy(true)
    setError(null)
    try {
      const reply = await signIn()
      setSession({ token: reply.token, user: reply.user })
      goOn(params.next)
    } catch (err) {
      const e = toApiError(err)
      setError({ message: e.message, field: e.field })
    } finally {
      setBusy(false)
    }
  }

  const wechatLogin = () =>
    run(async () => {
      const { code } = await Taro.login()
      return authApi.wechat(code)
    })

  return (
    <PageShell testId='login'>
      <Text className='title'>登录移动微法院</Text>
      {error && !error.field ? <View className='banner banner--error'>{error.message}</View> : null}
      {process.env.TARO_ENV === 'weapp' ? (
        <View className='login__section'>
          <Text className='login__section-title'>当事人、代理人</Text>
          <Button className='btn btn--primary' disabled={busy} onClick={wechatLogin}>
            微信一键登录
          </Button>
        </View>
      ) : null}
      {demoUsers.length > 0 ? (
        <View className='login__section card' id='demo-login'>
          <Text className='login__section-title'>演示登录（当事人）</Text>
          <Text className='muted'>演示环境可直接选择一位当事人登录。</Text>
          {demoUsers.map((u) => (
            <Button key={u.id} className='btn' id={`demo-${u.id}`} disabled={busy} onClick={() => run(() => authApi.dev(u.id))}>
              {u.displayName}
            </Button>
          ))}
        </View>
      ) : null}
      <View className='login__section card' id='staff-login'>
        <Text className='login__section-title'>法院工作人员登录</Text>
        <Field
          name='account'
          label='账号'
          value={account}
          onInput={setAccount}
          placeholder='请输入账号'
          error={error?.field === 'account' ? error.message : null}
        />
        <Field
          name='password'
          label='密码'
          value={password}
          onInput={setPassword}
          password
          placeholder='请输入密码'
          error={error?.field === 'password' ? error.message : null}
        />
        <Button className='btn btn--primary' id='staff-submit' disabled={busy} onClick={() => run(() => authApi.staff(account.trim(), password))}>
          登录
        </Button>
      </View>
    </PageShell>
  )
}
