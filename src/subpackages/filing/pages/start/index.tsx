import { Button, Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { FilingKind } from '@domain/filing/types'
import { courtsApi } from '../../../../api/courts'
import { toApiError } from '../../../../api/errors'
import { filingsApi } from '../../../../api/filings'
import { meApi } from '../../../../api/me'
import { newIdempotencyKey } from '../../../../api/request'
import type { Court } from '../../../../api/types'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { afterProfile } from '../../../../utils/afterProfile'
import { KIND_LABELS } from '../../../../utils/filingLabels'
import './index.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'

const KINDS = Object.keys(KIND_LABELS) as FilingKind[]

/** Step 0: what to file, and where. 跨域立案 lets a party file at the nearest court for another court's case. */
export default function Start() {
  const [courts, setCourts] = useState<Court[]>([])
  const [kind, setKind] = useState<FilingKind>('civil-first')
  const [courtId, setCourtId] = useState('c-ergun')
  const [crossRegion, setCrossRegion] = useState(false)
  const [targetCourtId, setTargetCourtId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // One key per visit to this page: a retried tap after a timeout never makes two drafts.
  const [key] = useState(newIdempotencyKey)

  // null while unknown; false when the filer has no real-name profile yet, so the form would have no plaintiff.
  const [hasProfile, setHasProfile] = useState<boolean | null>(null)

  useEffect(() => {
    courtsApi.list().then(setCourts, (e) => setError(toApiError(e).message))
    meApi.get().then(
      (p) => setHasProfile(p.realNameStatus !== 'none'),
      () => setHasProfile(true),
    )
  }, [])

  const toProfile = () => {
    afterProfile.set('/subpackages/filing/pages/start/index')
    void Taro.switchTab({ url: '/pages/me/index' })
  }

  if (hasProfile === false) {
    return (
      <PageShell testId='filing-start'>
        <Text className='title'>网上立案</Text>
        <View className='card' id='profile-first'>
          <Text>立案要写明您本人是谁。请先填写实名信息（姓名、身份证号），填好后回到这里，起诉状里的原告会替您填上。</Text>
          <Text className='muted'>法院据此确认您的身份（《人民法院在线诉讼规则》第七条）。</Text>
          <Button className='btn btn--primary' id='fill-profile' onClick={toProfile}>
            先填写实名信息
          </Button>
        </View>
      </PageShell>
    )
  }

  const start = async () => {
    if (crossRegion && (!targetCourtId || targetCourtId === courtId)) {
      setError('跨域立案请选择案件所属的另一家法院')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const f = await filingsApi.create({ kind, courtId, targetCourtId: crossRegion ? targetCourtId : undefined }, key)
      void Taro.redirectTo({ url: `/subpackages/filing/pages/form/index?id=${f.id}` })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell testId='filing-start'>
      <Text className='title'>网上立案</Text>
      <Text className='muted'>在手机上提交材料，法院在7日内决定是否立案（《民事诉讼法》第一百二十六条）。</Text>
      <Text className='section-title'>1. 您要办理什么？</Text>
      {KINDS.map((k) => (
        <View key={k} id={`kind-${k}`} className={k === kind ? 'option option--on' : 'option'} onClick={() => setKind(k)}>
          <Text className='option__title'>
            <ChoiceMark kind='radio' on={k === kind} />
            {KIND_LABELS[k].title}
          </Text>
          <Text className='option__hint'>{KIND_LABELS[k].hint}</Text>
        </View>
      ))}
      <Text className='section-title'>2. 向哪个法院提交？</Text>
      {courts.map((c) => (
        <View key={c.id} id={`court-${c.id}`} className={c.id === courtId ? 'option option--on' : 'option'} onClick={() => setCourtId(c.id)}>
          <Text className='option__title'>
            <ChoiceMark kind='radio' on={c.id === courtId} />
            {c.name}
          </Text>
        </View>
      ))}
      <View className='card' style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Text>案件属于外地法院（跨域立案）</Text>
        <Switch
          id='cross-region'
          nativeProps={{ 'aria-label': '案件属于外地法院（跨域立案）' }}
          checked={crossRegion}
          onChange={(e) => setCrossRegion(e.detail.value)}
        />
      </View>
      {crossRegion ? (
        <View>
          <Text className='muted'>在就近的法院提交，由它转交给案件所属的法院。请选择案件所属法院：</Text>
          {courts
            .filter((c) => c.id !== courtId)
            .map((c) => (
              <View key={c.id} id={`target-${c.id}`} className={c.id === targetCourtId ? 'option option--on' : 'option'} onClick={() => setTargetCourtId(c.id)}>
                <Text className='option__title'>
                  <ChoiceMark kind='radio' on={c.id === targetCourtId} />
                  {c.name}
                </Text>
              </View>
            ))}
        </View>
      ) : null}
      {error ? <View className='banner banner--error'>{error}</View> : null}
      <Button className='btn btn--primary' id='start-filing' disabled={busy} onClick={start}>
        开始填写
      </Button>
    </PageShell>
  )
}
