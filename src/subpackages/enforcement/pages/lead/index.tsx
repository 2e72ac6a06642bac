import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { enforcementApi } from '../../../../api/enforcement'
import { toApiError } from '../../../../api/errors'
import { newIdempotencyKey } from '../../../../api/request'
import { FieldError } from '../../../../components/FieldError/FieldError'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { checkLead, emptyLead, LeadForm, toLeadInput, type LeadErrors } from '../../components/LeadForm'
import '../../../../styles/choices.scss'
import '../../enforcement.scss'

/**
 * One new property lead for a case; with `resume=1`, the application to resume (执恢) after a 终本,
 * which needs a reason and at least one new lead (《终本规定》第九条).
 */
export default function AddLead() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const resume = params.resume === '1'
  const [lead, setLead] = useState(emptyLead())
  const [errors, setErrors] = useState<LeadErrors>({})
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // One key per screen: a retry after a dropped signal never adds the lead twice.
  const key = useRef(newIdempotencyKey())

  const submit = async () => {
    const found = checkLead(lead)
    setErrors(found)
    const badReason = resume && reason.trim().length < 2 ? '请写明为什么申请恢复执行，例如发现了新的财产' : null
    setReasonError(badReason)
    if (Object.keys(found).length > 0 || badReason) return
    setBusy(true)
    setBanner(null)
    try {
      const v = resume
        ? await enforcementApi.resume(id, { reason: reason.trim(), leads: [toLeadInput(lead)] }, key.current)
        : await enforcementApi.addLead(id, toLeadInput(lead), key.current)
      await Taro.redirectTo({ url: `/subpackages/enforcement/pages/detail/index?id=${v.id}` })
    } catch (e) {
      setBanner(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell testId='enforcement-lead'>
      <Text className='title'>{resume ? '申请恢复执行' : '提供财产线索'}</Text>
      {banner ? <View className='banner banner--error'>{banner}</View> : null}
      {resume ? (
        <View className='card'>
          <Text className='muted'>终结本次执行程序后，发现被执行人有可供执行的财产，可以随时申请恢复执行，不受申请执行期限的限制。</Text>
          <Text className='field__label'>申请恢复执行的理由</Text>
          <Textarea className='textarea' id='resume-reason' value={reason} maxlength={1000} onInput={(e) => setReason(e.detail.value)} />
          <FieldError message={reasonError} />
        </View>
      ) : null}
      <View className='card'>
        <LeadForm idPrefix='lead' value={lead} onChange={setLead} errors={errors} />
      </View>
      <Button className='btn btn--primary' id='submit-lead' disabled={busy} onClick={() => void submit()}>
        {resume ? '提交恢复执行申请' : '提交线索'}
      </Button>
    </PageShell>
  )
}
