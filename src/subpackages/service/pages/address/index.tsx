import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ServiceAddressConfirmation } from '@domain/filing/types'
import { validateServiceAddress } from '@domain/service/validateServiceAddress'
import { toApiError } from '../../../../api/errors'
import { serviceApi, type MyAddress } from '../../../../api/service'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { FieldError } from '../../../../components/FieldError/FieldError'
import './index.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'
import { askToSubscribe } from '../../../../utils/subscribe'

type Step = ServiceAddressConfirmation['consentSteps'][number]
const STEPS: Array<{ step: Step; label: string; hint: string }> = [
  { step: 'notices', label: '起诉状副本、应诉通知书、举证通知书', hint: '案件开始时法院发给您的材料' },
  { step: 'summons', label: '传票', hint: '通知您哪天、到哪里开庭' },
  { step: 'judgment', label: '判决书、裁定书、调解书', hint: '需要纸质的，可以向法院申请' },
]

function Toggle(p: { id: string; on: boolean; label: string; hint?: string; onChange: (on: boolean) => void }) {
  return (
    <View id={p.id} className={p.on ? 'toggle toggle--on' : 'toggle'} onClick={() => p.onChange(!p.on)}>
      <ChoiceMark kind='check' on={p.on} />
      <View className='toggle__text'>
        <Text className='toggle__label'>{p.label}</Text>
        {p.hint ? <Text className='muted'>{p.hint}</Text> : null}
      </View>
    </View>
  )
}

function initial(a: MyAddress): ServiceAddressConfirmation {
  return (
    a.current ?? {
      app: true,
      sms: true,
      mobile: a.suggested.mobile,
      email: '',
      postalAddress: a.suggested.postalAddress,
      consentElectronic: true,
      consentSteps: ['notices', 'summons', 'judgment'],
    }
  )
}

/** 送达地址确认书 (《民诉法解释》第一百三十六条): how the court may serve this party, with consent per kind of document. */
export default function AddressForm() {
  const { params } = useRouter()
  const [cases, setCases] = useState<MyAddress[] | null>(null)
  const [current, setCurrent] = useState<MyAddress | null>(null)
  const [form, setForm] = useState<ServiceAddressConfirmation | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    serviceApi.addresses().then(
      (list) => {
        setCases(list)
        const pick = list.find((a) => a.caseId === params.caseId) ?? list.find((a) => !a.current) ?? list[0] ?? null
        setCurrent(pick)
        if (pick) setForm(initial(pick))
      },
      (err) => setBanner({ kind: 'error', text: toApiError(err).message }),
    )
  }, [params.caseId])

  if (!form || !current) {
    return (
      <PageShell testId='service-address'>
        <Text className='title'>送达地址确认书</Text>
        {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : null}
        <View className='card'>{cases && cases.length === 0 ? '您目前没有需要确认送达地址的案件。' : '正在读取……'}</View>
      </PageShell>
    )
  }

  const set = (patch: Partial<ServiceAddressConfirmation>) => setForm({ ...form, ...patch })
  const toggleStep = (step: Step, on: boolean) =>
    set({ consentSteps: on ? [...form.consentSteps.filter((s) => s !== step), step] : form.consentSteps.filter((s) => s !== step) })

  const submit = async () => {
    // Must run inside the tap; the answer does not matter to the form.
    void askToSubscribe('address')
    const problems = validateServiceAddress(form)
    setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])))
    if (problems.length > 0) {
      setBanner({ kind: 'error', text: problems[0].message })
      return
    }
    setBusy(true)
    try {
      const saved = await serviceApi.confirmAddress(current.caseId, form)
      setCurrent(saved)
      setBanner({ kind: 'ok', text: saved.version > 1 ? '送达地址已变更，法院以后按新的方式送达' : '已确认。法院的文书会发到“我的文书”，并用短信提醒您' })
      setTimeout(() => void Taro.switchTab({ url: '/pages/inbox/index' }), 1200)
    } catch (err) {
      const e = toApiError(err)
      if (e.field) setErrors({ [e.field]: e.message })
      setBanner({ kind: 'error', text: e.message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell testId='service-address'>
      <Text className='title'>送达地址确认书</Text>
      <View className='card'>
        <Text className='addr__case'>{current.caseNumber}</Text>
        <Text>
          受送达人：{current.partyName}
          {current.source === 'party' ? `（已确认，第${current.version}版）` : current.source === 'filing' ? '（立案时填写）' : ''}
        </Text>
      </View>
      {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : null}
      <View className='card'>
        <Text className='muted'>
          电子送达与纸质文书效力相同：文书到达您的“我的文书”之日就是送达日期（《民事诉讼法》第九十条）。地址或手机号变了，请回到这里变更；需要纸质判决书的，可以向法院申请。
        </Text>
        <Toggle
          id='consent-electronic'
          on={form.consentElectronic}
          label='同意法院电子送达'
          hint='不同意的，法院会邮寄或当面送达纸质文书'
          onChange={(on) => set({ consentElectronic: on })}
        />
      </View>
      {form.consentElectronic ? (
        <View className='card'>
          <Text className='addr__h'>用什么方式接收</Text>
          <Toggle id='ch-app' on={form.app} label='移动微法院小程序（我的文书）' onChange={(on) => set({ app: on })} />
          <Toggle id='ch-sms' on={form.sms} label='短信提醒' hint='文书到了会发短信告诉您' onChange={(on) => set({ sms: on })} />
          <FieldError message={errors.app} />
          <Text className='addr__h'>同意电子送达的文书</Text>
          {STEPS.map((s) => (
            <Toggle
              key={s.step}
              id={`step-${s.step}`}
              on={form.consentSteps.includes(s.step)}
              label={s.label}
              hint={s.hint}
              onChange={(on) => toggleStep(s.step, on)}
            />
          ))}
          <FieldError message={errors.consentSteps} />
        </View>
      ) : null}
      <View className='card'>
        <Field name='mobile' label='手机号' type='number' maxlength={11} value={form.mobile} onInput={(v) => set({ mobile: v })} error={errors.mobile} />
        <Field name='email' label='电子邮箱（选填）' value={form.email ?? ''} onInput={(v) => set({ email: v })} error={errors.email} />
        <Field
          name='postalAddress'
          label='邮寄地址'
          value={form.postalAddress}
          onInput={(v) => set({ postalAddress: v })}
          error={errors.postalAddress}
          hint='需要纸质文书时寄到这里，请写到村、门牌号'
        />
      </View>
      <Button className='btn btn--primary' id='address-submit' disabled={busy} onClick={submit}>
        {current.source === 'party' ? '保存变更' : '确认'}
      </Button>
    </PageShell>
  )
}
