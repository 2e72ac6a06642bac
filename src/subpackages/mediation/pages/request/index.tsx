import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { validateMediationRequest, type MediationProblem } from '@domain/mediation/validateMediationRequest'
import { formatYuan } from '@domain/money/formatYuan'
import { courtsApi } from '../../../../api/courts'
import { toApiError } from '../../../../api/errors'
import { filingsApi, type FilingSummary } from '../../../../api/filings'
import { mediationApi, type CreateMediationInput } from '../../../../api/mediation'
import { newIdempotencyKey } from '../../../../api/request'
import type { Court } from '../../../../api/types'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { todayInShanghai } from '../../../../utils/today'
import { ConsentForm, EMPTY_CONSENT, type ConsentValue } from '../../components/ConsentForm'
import { yuanToFen } from '../../labels'
import { FieldError } from '../../../../components/FieldError/FieldError'
import './index.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'

const STEPS = ['调解什么', '纠纷和请求', '同意和送达'] as const
/** Which fields each step owns, so a step only moves on when its own part is right. */
const STEP_FIELDS = [
  ['respondent', 'filingId', 'courtId'],
  ['dispute', 'claim', 'amountFen'],
  ['consent', 'service'],
]

/** 申请调解: before filing (the other side's name and mobile) or in an accepted case; then consent and a service address. */
export default function RequestMediation() {
  const [step, setStep] = useState(0)
  const [stage, setStage] = useState<'pre-filing' | 'in-case'>('pre-filing')
  const [courts, setCourts] = useState<Court[]>([])
  const [cases, setCases] = useState<FilingSummary[]>([])
  const [courtId, setCourtId] = useState('c-ergun')
  const [filingId, setFilingId] = useState('')
  const [respondent, setRespondent] = useState({ name: '', mobile: '', idNumber: '' })
  const [dispute, setDispute] = useState('')
  const [claim, setClaim] = useState('')
  const [amount, setAmount] = useState('')
  const [consent, setConsent] = useState<ConsentValue>(EMPTY_CONSENT)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // One key per visit: a retried tap after a timeout never files two requests.
  const [key] = useState(newIdempotencyKey)

  useEffect(() => {
    courtsApi.list().then(setCourts, () => setCourts([]))
    filingsApi.list().then(
      (l) => setCases(l.filter((f) => f.status === 'accepted')),
      () => setCases([]),
    )
  }, [])

  const amountFen = yuanToFen(amount)
  const input = (): CreateMediationInput => ({
    stage,
    ...(stage === 'pre-filing'
      ? {
          courtId,
          respondent: {
            name: respondent.name.trim(),
            mobile: respondent.mobile.trim(),
            ...(respondent.idNumber.trim() ? { idNumber: respondent.idNumber.trim() } : {}),
          },
        }
      : { filingId }),
    dispute,
    claim,
    ...(amountFen !== null ? { amountFen } : {}),
    consent: consent.consent,
    service: consent.service,
  })

  const problemsOf = (upTo: number): MediationProblem[] => {
    const all = validateMediationRequest(input(), todayInShanghai())
    if (amount.trim() && amountFen === null) all.push({ code: 'AMOUNT', field: 'amountFen', message: '金额请只填数字，例如 86500' })
    if (stage === 'in-case' && !filingId) all.push({ code: 'CASE', field: 'filingId', message: '请选择要调解的案件' })
    const owned = STEP_FIELDS.slice(0, upTo + 1).flat()
    return all.filter((p) => owned.some((f) => p.field === f || p.field.startsWith(`${f}.`)))
  }

  const show = (problems: MediationProblem[]) => setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])))

  const next = () => {
    const problems = problemsOf(step)
    show(problems)
    if (problems.length === 0) setStep(step + 1)
  }

  const submit = async () => {
    const problems = problemsOf(2)
    show(problems)
    if (problems.length > 0) return
    setBusy(true)
    setBanner(null)
    try {
      const m = await mediationApi.create(input(), key)
      void Taro.redirectTo({ url: `/subpackages/mediation/pages/book/index?id=${m.id}&first=1` })
    } catch (e) {
      const err = toApiError(e)
      if (err.field) setErrors({ [err.field]: err.message })
      setBanner(err.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell testId='mediation-request'>
      <View>
        <Text className='title'>申请调解</Text>
      </View>
      <View className='m-steps' id='step-indicator'>
        第{step + 1}步，共{STEPS.length}步：{STEPS[step]}
      </View>
      {banner ? <View className='banner banner--error'>{banner}</View> : null}

      {step === 0 ? (
        <View>
          <Text className='m-section-title'>1. 什么时候的调解？</Text>
          <View id='stage-pre-filing' className={stage === 'pre-filing' ? 'm-option m-option--on' : 'm-option'} onClick={() => setStage('pre-filing')}>
            <Text className='m-option__title'>
              <ChoiceMark kind='radio' on={stage === 'pre-filing'} />
              还没有起诉（诉前调解）
            </Text>
            <Text className='m-option__hint'>先调解，调解成了可以申请法院司法确认；不成再起诉。调解期限30天。</Text>
          </View>
          <View id='stage-in-case' className={stage === 'in-case' ? 'm-option m-option--on' : 'm-option'} onClick={() => setStage('in-case')}>
            <Text className='m-option__title'>
              <ChoiceMark kind='radio' on={stage === 'in-case'} />
              已经立案的案件（诉中调解）
            </Text>
            <Text className='m-option__hint'>由承办法官主持调解，简易程序7天、普通程序15天。</Text>
          </View>
          {stage === 'pre-filing' ? (
            <View>
              <Text className='m-section-title'>2. 向哪个法院申请？</Text>
              {courts.map((c) => (
                <View key={c.id} id={`court-${c.id}`} className={c.id === courtId ? 'm-option m-option--on' : 'm-option'} onClick={() => setCourtId(c.id)}>
                  <Text className='m-option__title'>
                    <ChoiceMark kind='radio' on={c.id === courtId} />
                    {c.name}
                  </Text>
                </View>
              ))}
              <FieldError message={errors.courtId} />
              <Text className='m-section-title'>3. 和谁有纠纷？</Text>
              <Text className='muted'>法院会用短信邀请对方参加调解。</Text>
              <Field
                name='respondent-name'
                label='对方姓名（或单位名称）'
                value={respondent.name}
                error={errors['respondent.name'] ?? errors.respondent}
                onInput={(v) => setRespondent({ ...respondent, name: v })}
              />
              <Field
                name='respondent-mobile'
                label='对方手机号'
                type='number'
                maxlength={11}
                value={respondent.mobile}
                error={errors['respondent.mobile']}
                onInput={(v) => setRespondent({ ...respondent, mobile: v })}
              />
              <Field
                name='respondent-id'
                label='对方身份证号（不知道可以不填）'
                hint='填了身份证号，对方实名认证后就能在小程序里参加调解；没填的，法院用短信和电话联系对方。'
                type='idcard'
                maxlength={18}
                value={respondent.idNumber}
                error={errors['respondent.idNumber']}
                onInput={(v) => setRespondent({ ...respondent, idNumber: v })}
              />
            </View>
          ) : (
            <View>
              <Text className='m-section-title'>2. 哪个案件？</Text>
              {cases.length === 0 ? <View className='card muted'>您还没有已立案的案件。没有起诉的纠纷，请选“诉前调解”。</View> : null}
              {cases.map((c) => (
                <View key={c.id} id={`case-${c.id}`} className={c.id === filingId ? 'm-option m-option--on' : 'm-option'} onClick={() => setFilingId(c.id)}>
                  <Text className='m-option__title'>
                    <ChoiceMark kind='radio' on={c.id === filingId} />
                    {c.caseNumber}
                  </Text>
                  <Text className='m-option__hint'>
                    {c.plaintiffs.join('、')} 诉 {c.defendants.join('、')}
                  </Text>
                </View>
              ))}
              <FieldError message={errors.filingId} />
            </View>
          )}
        </View>
      ) : null}

      {step === 1 ? (
        <View className='card'>
          <Text className='field__label'>发生了什么？</Text>
          <Text className='muted'>说清楚时间、事情经过，例如：去年9月卖给他小麦20吨，说好一个月内付款，到现在没给。</Text>
          <Textarea
            className='m-textarea'
            id='dispute'
            nativeProps={{ 'aria-label': '发生了什么' }}
            maxlength={2000}
            value={dispute}
            onInput={(e) => setDispute(e.detail.value)}
          />
          <FieldError message={errors.dispute} />
          <Field name='claim' label='您希望怎么解决？' placeholder='例如：对方付清小麦款' value={claim} error={errors.claim} onInput={setClaim} />
          <Field
            name='amount'
            label='涉及金额（元，没有可以不填）'
            type='digit'
            value={amount}
            error={errors.amountFen}
            hint={amountFen ? `即 ${formatYuan(amountFen)}` : undefined}
            onInput={setAmount}
          />
        </View>
      ) : null}

      {step === 2 ? <ConsentForm value={consent} onChange={setConsent} errors={errors} /> : null}

      <View className='m-nav'>
        {step > 0 ? (
          <Button className='btn' id='prev-step' onClick={() => setStep(step - 1)}>
            上一步
          </Button>
        ) : (
          <View />
        )}
        {step < STEPS.length - 1 ? (
          <Button className='btn btn--primary' id='next-step' onClick={next}>
            下一步
          </Button>
        ) : (
          <Button className='btn btn--primary' id='submit-request' disabled={busy} onClick={() => void submit()}>
            提交，去选时间
          </Button>
        )}
      </View>
    </PageShell>
  )
}
