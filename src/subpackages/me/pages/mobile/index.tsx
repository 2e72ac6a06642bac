import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { useMobileChange } from '../../hooks/useMobileChange'
import '../../me.scss'

/**
 * 更换手机号: the new number, 获取验证码, the code from the SMS, done. The court texts people on
 * this number and finds nobody by it until the code proves the phone is theirs.
 */
export default function MobilePage() {
  const m = useMobileChange()
  return (
    <PageShell testId='mobile-change'>
      <Text className='title'>{m.current ? '更换手机号' : '绑定手机号'}</Text>
      <View className='card'>
        <Text className='muted'>法院用这个号码给您发短信通知。换号码要先验证：验证码发到新号码上，填对了才算换好。</Text>
        {m.step !== 'loading' ? (
          <Text className='mobile__sent' id='current-mobile'>
            {m.current ? `现在的手机号：${m.current}` : '您还没有绑定手机号'}
          </Text>
        ) : null}
      </View>
      {m.banner ? (
        <View className='banner banner--error' id='mobile-banner'>
          {m.banner}
        </View>
      ) : null}
      {m.step === 'loading' ? <View className='card'>正在读取……</View> : null}

      {m.step === 'number' ? (
        <View className='card'>
          <Field name='new-mobile' label='新手机号' type='number' maxlength={11} value={m.mobile} onInput={m.setMobile} error={m.errors.mobile} />
          <Button className='btn btn--primary' id='send-code' disabled={m.sending} onClick={() => void m.send()}>
            {m.sending ? '正在发送……' : '获取验证码'}
          </Button>
        </View>
      ) : null}

      {m.step === 'code' ? (
        <View className='card'>
          <Text className='mobile__sent' id='code-sent-to'>
            验证码已发到 <Text className='mobile__number'>{m.mobile}</Text>，10分钟内有效。
          </Text>
          <View className='mobile__code'>
            <Field name='code' label='短信验证码（6位数字）' type='number' maxlength={6} value={m.code} onInput={m.setCode} error={m.errors.code} />
          </View>
          <Button className='btn btn--primary' id='confirm-code' disabled={m.confirming} onClick={() => void m.confirm()}>
            {m.confirming ? '正在确认……' : '确认更换'}
          </Button>
          {/* The wait is said in words, not on a greyed-out button an old eye cannot read. */}
          {m.secondsLeft > 0 ? (
            <Text className='mobile__wait' id='resend-wait'>
              没收到短信？{m.secondsLeft}秒后可以重新获取
            </Text>
          ) : (
            <Button className='btn' id='resend-code' disabled={m.sending} onClick={() => void m.send()}>
              {m.sending ? '正在发送……' : '重新获取验证码'}
            </Button>
          )}
          <Button className='btn' id='other-number' onClick={m.otherNumber}>
            换一个号码
          </Button>
        </View>
      ) : null}

      {m.step === 'done' ? (
        <View className='card'>
          <View className='banner banner--ok' id='mobile-done'>
            手机号已换成 {m.current}。以后法院的短信会发到这个号码。
          </View>
          <Button className='btn btn--primary' id='mobile-back' onClick={() => void Taro.navigateBack()}>
            返回
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
