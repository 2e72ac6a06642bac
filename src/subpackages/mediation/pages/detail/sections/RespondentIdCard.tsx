import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { validateResidentId } from '@domain/identity/validateResidentId'
import { mediationApi } from '../../../../../api/mediation'
import { Field } from '../../../../../components/Field/Field'
import type { SectionProps } from '../useMediation'

const OPEN = ['requested', 'declined', 'scheduling', 'confirmed']

/**
 * 核实对方身份: an invitation naming the respondent by name and mobile only binds nobody, so they
 * cannot take part in the app. The mediator checks who they are (by phone, or in person) and
 * records their ID number; they then find the mediation once their own identity is verified.
 */
export function RespondentIdCard({ m, id, busy, act, fieldError }: SectionProps) {
  const [idNumber, setIdNumber] = useState('')
  const [local, setLocal] = useState<string | null>(null)
  if (m.respondentIdentity !== 'none' || !OPEN.includes(m.status)) return null
  const name = m.parties.find((p) => p.role === 'respondent')?.name ?? '对方'
  const save = async () => {
    const checked = validateResidentId(idNumber.trim().toUpperCase())
    setLocal(checked.ok ? null : `身份证号有误：${checked.reason}`)
    if (checked.ok) await act(() => mediationApi.identifyRespondent(id, idNumber.trim().toUpperCase()), `已记下${name}的身份证号`)
  }
  return (
    <View className='card' id='respondent-id'>
      <Text className='field__label'>核实对方身份</Text>
      <Text className='muted'>
        申请人没有填写{name}的身份证号，只凭姓名和手机号不能确认是本人，所以{name}还不能在小程序里参加。请打电话或当面核实身份后，填写{name}的身份证号。
      </Text>
      <Field
        name='respondent-id-number'
        label={`${name}的身份证号`}
        type='idcard'
        maxlength={18}
        value={idNumber}
        onInput={setIdNumber}
        error={local ?? fieldError('idNumber')}
      />
      <Button className='btn btn--primary' id='save-respondent-id' disabled={busy} onClick={() => void save()}>
        保存身份证号
      </Button>
    </View>
  )
}
