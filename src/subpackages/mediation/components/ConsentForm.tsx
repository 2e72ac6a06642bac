import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { ServiceAddress } from '../../../api/mediation'
import { meApi } from '../../../api/me'
import { serviceApi } from '../../../api/service'
import { Field } from '../../../components/Field/Field'
import { Check } from './Check'
import { FieldError } from '../../../components/FieldError/FieldError'

export interface ConsentValue {
  consent: boolean
  service: ServiceAddress
}

export const EMPTY_CONSENT: ConsentValue = { consent: false, service: { mobile: '', postalAddress: '', app: true, sms: true } }

/**
 * The e-service address the person already confirmed in a case (电子送达), else their real-name
 * profile: nobody types their address twice.
 */
export async function prefillService(): Promise<ServiceAddress> {
  const confirmed = await serviceApi.addresses().catch(() => [])
  const latest = confirmed.filter((a) => a.current).sort((a, b) => ((a.confirmedAt ?? '') < (b.confirmedAt ?? '') ? 1 : -1))[0]?.current
  if (latest) return { mobile: latest.mobile, postalAddress: latest.postalAddress, app: latest.app, sms: latest.sms }
  const me = await meApi.get().catch(() => null)
  return { mobile: me?.mobile ?? '', postalAddress: me?.address ?? '', app: true, sms: true }
}

/** Consent to online mediation (在线调解规则 art. 4) and where to send notices and documents (art. 8). */
export function ConsentForm(p: { value: ConsentValue; onChange: (v: ConsentValue) => void; errors: Record<string, string> }) {
  const { value, onChange } = p
  const set = (service: Partial<ServiceAddress>) => onChange({ ...value, service: { ...value.service, ...service } })
  useEffect(() => {
    if (value.service.mobile || value.service.postalAddress) return
    void prefillService().then((service) => onChange({ ...value, service }))
    // Prefill once, when the form first shows empty.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <View className='card' id='consent-form'>
      <Text className='field__label'>同意在线调解</Text>
      <Text className='muted'>在线调解通过手机视频或到法院调解室进行，和当面调解一样有效；您随时可以改为线下调解（《人民法院在线调解规则》第四条）。</Text>
      <Check id='consent' checked={value.consent} label='我同意通过在线方式调解' onToggle={() => onChange({ ...value, consent: !value.consent })} />
      <FieldError message={p.errors.consent} />
      <Text className='field__label'>调解通知和文书发到哪里</Text>
      <Check id='service-app' checked={value.service.app} label='发到本小程序' onToggle={() => set({ app: !value.service.app })} />
      <Check id='service-sms' checked={value.service.sms} label='短信提醒' onToggle={() => set({ sms: !value.service.sms })} />
      <FieldError message={p.errors.service} />
      <Field
        name='service-mobile'
        label='接收手机号'
        type='number'
        maxlength={11}
        value={value.service.mobile}
        error={p.errors['service.mobile']}
        onInput={(v) => set({ mobile: v })}
      />
      <Field
        name='service-postal'
        label='收取文书的地址'
        value={value.service.postalAddress}
        error={p.errors['service.postalAddress']}
        onInput={(v) => set({ postalAddress: v })}
      />
    </View>
  )
}
