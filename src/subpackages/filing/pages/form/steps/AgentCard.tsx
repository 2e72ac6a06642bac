import { Checkbox, Text, View } from '@tarojs/components'
import { Suspense } from 'react'
import type { FilingAgent } from '@domain/filing/types'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import type { StepProps } from '../filingSteps'
import { FileUploader } from './agentUploader'

const newAgent = (): FilingAgent => ({ kind: 'lawyer', name: '', idNumber: '', mobile: '', licenceNo: '', powerOfAttorneyFileIds: [] })

/** 委托代理人: a lawyer (with licence number) or a close relative files for the party, with a signed power of attorney. */
export function AgentCard({ data, update, errorAt, files }: StepProps) {
  const agent = data.agent
  const setAgent = (patch: Partial<FilingAgent>) => update((d) => ({ ...d, agent: d.agent && { ...d.agent, ...patch } }))
  return (
    <View className='card' id='agent'>
      <View className='check' id='has-agent' onClick={() => update((d) => ({ ...d, agent: d.agent ? undefined : newAgent() }))}>
        <Checkbox value='agent' checked={!!agent} nativeProps={{ 'aria-label': '委托律师或亲属代为起诉（委托代理人）' }} />
        <Text>委托律师或亲属代为起诉（委托代理人）</Text>
      </View>
      {agent ? (
        <View>
          <View className='choices'>
            {(['lawyer', 'relative'] as const).map((k) => (
              <View
                key={k}
                id={`agent-${k}`}
                className={agent.kind === k ? 'choice choice--on' : 'choice'}
                onClick={() => update((d) => ({ ...d, agent: d.agent && { ...d.agent, kind: k, licenceNo: k === 'lawyer' ? d.agent.licenceNo : undefined } }))}
              >
                {k === 'lawyer' ? '律师' : '近亲属'}
              </View>
            ))}
          </View>
          <Field name='agent-name' label='代理人姓名' value={agent.name} error={errorAt('agent.name')} onInput={(v) => setAgent({ name: v })} />
          <Field
            name='agent-idNumber'
            label='代理人身份证号'
            type='idcard'
            maxlength={18}
            value={agent.idNumber}
            error={errorAt('agent.idNumber')}
            onInput={(v) => setAgent({ idNumber: v })}
          />
          <Field name='agent-mobile' label='代理人手机号' type='number' maxlength={11} value={agent.mobile} onInput={(v) => setAgent({ mobile: v })} />
          {agent.kind === 'lawyer' ? (
            <Field
              name='agent-licenceNo'
              label='律师执业证号（17位数字）'
              type='number'
              maxlength={17}
              value={agent.licenceNo ?? ''}
              error={errorAt('agent.licenceNo')}
              onInput={(v) => setAgent({ licenceNo: v })}
            />
          ) : null}
          <Text className='field__label'>授权委托书</Text>
          <FieldError message={errorAt('agent.powerOfAttorneyFileIds')} />
          <Suspense fallback={<Text className='muted'>正在准备上传……</Text>}>
            <FileUploader
              idPrefix='poa'
              files={files.list(agent.powerOfAttorneyFileIds)}
              onChange={(list) => {
                files.remember(list)
                setAgent({ powerOfAttorneyFileIds: list.map((f) => f.id) })
              }}
            />
          </Suspense>
        </View>
      ) : null}
    </View>
  )
}
