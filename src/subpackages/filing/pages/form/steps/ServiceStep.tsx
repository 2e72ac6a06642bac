import { Checkbox, Text, View } from '@tarojs/components'
import type { ServiceAddressConfirmation } from '@domain/filing/types'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import type { StepProps } from '../filingSteps'

/** Step 4: 送达地址确认书 — consent to electronic service, the channels, and where paper goes. */
export function ServiceStep({ data, update, errorAt }: StepProps) {
  const service = data.service
  const set = (patch: (s: ServiceAddressConfirmation) => Partial<ServiceAddressConfirmation>) =>
    update((d) => ({ ...d, service: { ...d.service, ...patch(d.service) } }))
  return (
    <View className='card'>
      <Text className='field__label'>送达地址确认书</Text>
      <Text className='muted'>
        法院的文书（开庭传票、判决书等）会按下面的方式送给您。同意电子送达的，文书发到本小程序即视为送达（《民事诉讼法》第九十条）。
      </Text>
      <View className='check' id='consent-electronic' onClick={() => set((s) => ({ consentElectronic: !s.consentElectronic }))}>
        <Checkbox value='consent' checked={service.consentElectronic} nativeProps={{ 'aria-label': '我同意法院通过电子方式送达文书' }} />
        <Text>我同意法院通过电子方式送达文书</Text>
      </View>
      <View className='check' onClick={() => set((s) => ({ app: !s.app }))}>
        <Checkbox value='app' checked={service.app} nativeProps={{ 'aria-label': '发到本小程序「我的文书」' }} />
        <Text>发到本小程序「我的文书」</Text>
      </View>
      <View className='check' onClick={() => set((s) => ({ sms: !s.sms }))}>
        <Checkbox value='sms' checked={service.sms} nativeProps={{ 'aria-label': '短信提醒' }} />
        <Text>短信提醒</Text>
      </View>
      <FieldError message={errorAt('service')} />
      <Field
        name='service-mobile'
        label='接收手机号'
        type='number'
        maxlength={11}
        value={service.mobile}
        error={errorAt('service.mobile')}
        onInput={(v) => set(() => ({ mobile: v }))}
      />
      <Field
        name='service-email'
        label='电子邮箱（选填）'
        value={service.email ?? ''}
        error={errorAt('service.email')}
        onInput={(v) => set(() => ({ email: v || undefined }))}
      />
      <Field
        name='service-postal'
        label='邮寄地址（纸质文书寄到这里）'
        value={service.postalAddress}
        error={errorAt('service.postalAddress')}
        onInput={(v) => set(() => ({ postalAddress: v }))}
      />
    </View>
  )
}
