import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { uploadFile } from '../../../../api/files'
import { identityApi } from '../../../../api/identity'
import { meApi } from '../../../../api/me'
import type { Profile } from '../../../../api/types'
import { FieldError } from '../../../../components/FieldError/FieldError'
import { PageShell } from '../../../../components/PageShell/PageShell'
import './index.scss'

type Side = 'front' | 'back' | 'holding'
interface Shot {
  localPath: string
  fileId: string | null
  percent: number
  error: string | null
}

const SIDES: Array<{ side: Side; title: string; hint: string; optional?: boolean }> = [
  { side: 'front', title: '人像面（有照片的一面）', hint: '姓名、身份证号要清楚' },
  { side: 'back', title: '国徽面（有国徽的一面）', hint: '签发机关和有效期限要清楚' },
  { side: 'holding', title: '手持身份证照片（法院要求时再拍）', hint: '本人拿着身份证人像面，脸和证件都要拍清楚', optional: true },
]

/** One photo from the camera or album: a JPG or PNG file picker on H5, chooseMedia in WeChat. */
async function choosePhoto(): Promise<{ path: string; name: string } | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = 'image/jpeg,image/png'
      input.onchange = () => {
        const f = input.files?.[0]
        resolve(f ? { path: URL.createObjectURL(f), name: f.name } : null)
      }
      input.click()
    })
  }
  const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['camera', 'album'] })
  const f = res.tempFiles[0]
  return f ? { path: f.tempFilePath, name: '身份证.jpg' } : null
}

/** What the party is told about their review, in plain words, and what to do next. */
export function reviewMessage(p: Profile): { kind: 'ok' | 'warn' | 'error'; text: string } | null {
  if (p.realNameStatus === 'verified') return { kind: 'ok', text: '已通过实名认证。与您身份证号有关的案件会出现在“我的案件”里。' }
  if (p.realNameStatus === 'rejected') {
    return {
      kind: 'error',
      text: `法院没有通过您的实名核验，原因：${p.rejectReason ?? '未说明'}。请按原因重新拍照上传，或到“我的”修改姓名、身份证号后再提交。`,
    }
  }
  if (p.idCard) return { kind: 'warn', text: '照片已提交，法院工作人员会尽快核对（一般1个工作日内）。核对通过后您就能查看自己的案件。' }
  return null
}

/** 上传身份证: the front and back of the ID card for the court to compare with the profile. */
export default function IdCard() {
  const [profile, setProfile] = useState<Profile | null>(null)
  const [shots, setShots] = useState<Partial<Record<Side, Shot>>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useDidShow(() => {
    meApi.get().then(setProfile, (err) => setBanner(toApiError(err).message))
  })

  const pick = async (side: Side) => {
    const photo = await choosePhoto().catch(() => null)
    if (!photo) return
    setShots((s) => ({ ...s, [side]: { localPath: photo.path, fileId: null, percent: 0, error: null } }))
    const up = uploadFile(photo.path, photo.name, (p) => setShots((s) => ({ ...s, [side]: { ...s[side]!, percent: p.percent } })))
    up.promise.then(
      (info) => setShots((s) => ({ ...s, [side]: { ...s[side]!, fileId: info.id, percent: 100 } })),
      (err) => setShots((s) => ({ ...s, [side]: { ...s[side]!, error: toApiError(err).message } })),
    )
  }

  const submit = async () => {
    const front = shots.front?.fileId
    const back = shots.back?.fileId
    if (!front || !back) {
      setBanner('请把人像面和国徽面都拍好，上传完成后再提交')
      return
    }
    setSending(true)
    try {
      const p = await identityApi.submitIdCard({
        frontFileId: front,
        backFileId: back,
        ...(shots.holding?.fileId ? { holdingFileId: shots.holding.fileId } : {}),
      })
      setProfile(p)
      setShots({})
      setBanner(null)
    } catch (err) {
      setBanner(toApiError(err).message)
    } finally {
      setSending(false)
    }
  }

  const message = profile ? reviewMessage(profile) : null
  const needsProfile = profile && (!profile.realName || !profile.idNumberMasked)
  return (
    <PageShell testId='id-card'>
      <Text className='title'>上传身份证照片</Text>
      {message ? (
        <View className={`banner banner--${message.kind}`} id='id-card-status'>
          {message.text}
        </View>
      ) : null}
      {banner ? <View className='banner banner--error'>{banner}</View> : null}
      {needsProfile ? (
        <View className='card'>
          <Text>请先在“我的”填写姓名和身份证号，再上传照片。</Text>
        </View>
      ) : null}
      {profile && !needsProfile && profile.realNameStatus !== 'verified' ? (
        <>
          <View className='card'>
            <Text className='muted'>
              法院要核对身份证上的姓名、号码与您填写的是否一致（《人民法院在线诉讼规则》第七条）。请把身份证放在深色桌面上，在光线好的地方拍，四个角都拍进去，不要反光、不要遮挡。照片只给核对的法院工作人员看。
            </Text>
          </View>
          {SIDES.map(({ side, title, hint }) => {
            const s = shots[side]
            return (
              <View className='card id-card__side' key={side} id={`side-${side}`}>
                <Text className='id-card__title'>{title}</Text>
                <Text className='muted'>{hint}</Text>
                {s ? <Image className='id-card__preview' src={s.localPath} mode='aspectFit' /> : null}
                <FieldError message={s?.error} />
                {s && !s.error && !s.fileId ? <Text className='muted'>正在上传 {s.percent}%</Text> : null}
                {s?.fileId ? <Text id={`side-${side}-done`}>已上传</Text> : null}
                <Button className='btn' id={`pick-${side}`} onClick={() => void pick(side)}>
                  {s ? '重新拍摄' : '拍照或从相册选择'}
                </Button>
              </View>
            )
          })}
          <Button className='btn btn--primary' id='submit-id-card' disabled={sending} onClick={() => void submit()}>
            提交给法院核对
          </Button>
        </>
      ) : null}
    </PageShell>
  )
}
