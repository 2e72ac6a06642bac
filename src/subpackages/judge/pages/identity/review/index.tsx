import { Button, Image, Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { apiBase } from '../../../../../api/client'
import { toApiError } from '../../../../../api/errors'
import { identityApi, type IdentityReview } from '../../../../../api/identity'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { PageShell } from '../../../../../components/PageShell/PageShell'
import './index.scss'

/** The reasons a clerk most often gives; each tells the party what to do. */
export const PRESET_REASONS = [
  '身份证照片看不清，请在光线好的地方重新拍摄',
  '照片上的姓名或身份证号与填写的不一致，请核对后修改',
  '身份证已过有效期，请换新证后重新上传',
  '请补拍一张本人手持身份证人像面的照片',
]

/** The signed links are paths on the API's origin. */
const apiBaseOrigin = (url: string) => apiBase.replace(/\/api\/v1$/, '') + url

/** 核对身份证: the photos beside the name and number; verify, or send back with a reason the party reads. */
export default function IdentityReviewPage() {
  const { params } = useRouter()
  const userId = params.userId ?? ''
  const [r, setR] = useState<IdentityReview | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  useDidShow(() => {
    identityApi.review(userId).then(setR, (e) => setError(toApiError(e).message))
  })

  const act = async (verify: boolean) => {
    setError(null)
    try {
      const next = verify ? await identityApi.verify(userId) : await identityApi.reject(userId, reason)
      setR(next)
      setDone(verify ? '已核验通过，当事人现在可以查看自己的案件。' : '已退回，当事人会看到退回原因。')
    } catch (e) {
      setError(toApiError(e).message)
    }
  }

  return (
    <PageShell testId='identity-review'>
      <Text className='title'>核对身份证</Text>
      {done ? (
        <View className='banner banner--ok' id='identity-done'>
          {done}
        </View>
      ) : null}
      {!r && error ? <View className='banner banner--error'>{error}</View> : null}
      {r ? (
        <>
          <View className='card' id='identity-details'>
            <Row label='姓名' value={r.realName ?? '未填'} />
            <Row label='身份证号' value={r.idNumber ?? '未填'} />
            {r.birthDate ? <Row label='出生日期' value={r.birthDate} /> : null}
            {r.sex ? <Row label='性别' value={r.sex === 'male' ? '男' : '女'} /> : null}
            <Row label='住址' value={r.address ?? '未填'} />
            <Row label='状态' value={{ none: '未实名', submitted: '待核验', verified: '已核验通过', rejected: '已退回' }[r.realNameStatus]} />
            {r.rejectReason ? <Row label='退回原因' value={r.rejectReason} /> : null}
          </View>
          {r.photos ? (
            <View className='card'>
              <Text className='muted'>人像面</Text>
              <Image className='ir-photo' id='photo-front' src={apiBaseOrigin(r.photos.front.url)} mode='aspectFit' />
              <Text className='muted'>国徽面</Text>
              <Image className='ir-photo' id='photo-back' src={apiBaseOrigin(r.photos.back.url)} mode='aspectFit' />
              {r.photos.holding ? (
                <>
                  <Text className='muted'>手持身份证</Text>
                  <Image className='ir-photo' src={apiBaseOrigin(r.photos.holding.url)} mode='aspectFit' />
                </>
              ) : null}
              <Text className='muted'>照片链接5分钟内有效，过期请返回后重新打开。</Text>
            </View>
          ) : (
            <View className='card'>还没有上传身份证照片。</View>
          )}
          {r.realNameStatus === 'submitted' || r.realNameStatus === 'rejected' ? (
            <>
              <Button className='btn btn--primary' id='identity-verify' onClick={() => void act(true)}>
                照片与信息一致，核验通过
              </Button>
              <View className='card'>
                <Text>不一致时退回，请写明原因（当事人会看到）：</Text>
                {PRESET_REASONS.map((p, i) => (
                  <Button key={p} className='btn' id={`preset-${i}`} size='mini' onClick={() => setReason(p)}>
                    {p}
                  </Button>
                ))}
                <Textarea id='field-reject-reason' className='field__input' value={reason} maxlength={200} onInput={(e) => setReason(e.detail.value)} />
                <FieldError message={error} />
                <Button className='btn' id='identity-reject' onClick={() => void act(false)}>
                  退回
                </Button>
              </View>
            </>
          ) : null}
          <Button className='btn' id='identity-back' onClick={() => void Taro.navigateBack()}>
            返回名单
          </Button>
        </>
      ) : null}
    </PageShell>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='ir-row'>
      <Text className='muted'>{label}</Text>
      <Text>{value}</Text>
    </View>
  )
}
