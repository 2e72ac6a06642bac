import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Suspense, useEffect, useState } from 'react'
import type { FilingView } from '../../../../api/filings'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { useNetwork } from '../../../../hooks/useNetwork'
import { STEPS, stepOf } from './filingSteps'
import { ClaimsStep, EvidenceStep, loadLaterSteps, ReviewStep, ServiceStep } from './laterSteps'
import { PartiesStep } from './steps/PartiesStep'
import { useFilingDraft, type FilingDraft, type SaveState } from './useFilingDraft'
import { askToSubscribe } from '../../../../utils/subscribe'
import './index.scss'

const SAVE_TEXT: Record<SaveState, string> = { saved: '已自动保存', saving: '正在保存…', offline: '已存在手机上，联网后自动同步', idle: '' }

/** 一次性告知: everything the court asked to correct, each with a way to its step. */
function CorrectionList({ correction, onOpen }: { correction: NonNullable<FilingView['correction']>; onOpen: (step: number) => void }) {
  return (
    <View className='card correction' id='correction-list'>
      <Text className='title'>法院要求补正以下内容（一次性告知）</Text>
      {correction.items.map((item, i) => (
        <View key={i} className='summary-row'>
          {i + 1}. {item.message}
          <Text className='link' onClick={() => onOpen(stepOf(item.field))}>
            去修改
          </Text>
        </View>
      ))}
    </View>
  )
}

/** The step on screen, with what it needs from the draft. */
function StepBody({
  draft,
  amountText,
  onAmountText,
}: {
  draft: FilingDraft
  amountText: Record<number, string>
  onAmountText: (i: number, v: string) => void
}) {
  if (!draft.data) return null
  const props = { data: draft.data, update: draft.update, errorAt: draft.errorAt, files: draft.files }
  switch (draft.step) {
    case 0:
      return <PartiesStep {...props} />
    case 1:
      return <ClaimsStep {...props} amountText={amountText} onAmountText={onAmountText} smallClaims={draft.smallClaims} />
    case 2:
      return <EvidenceStep {...props} />
    case 3:
      return <ServiceStep {...props} />
    default:
      return (
        <ReviewStep
          {...props}
          busy={draft.busy}
          resubmit={draft.view?.status === 'correction-requested'}
          onSubmit={() => {
            // Inside the tap, before the submit's awaits lose the gesture.
            void askToSubscribe('filing')
            void draft.submit()
          }}
        />
      )
  }
}

/** The numbered steps of a filing; every change is kept on the phone at once and sent to the server when there is signal. */
export default function FilingForm() {
  const { params } = useRouter()
  const draft = useFilingDraft(params.id ?? '')
  const [amountText, setAmountText] = useState<Record<number, string>>({})
  const { data, view, step, saveState, banner } = draft
  const { online } = useNetwork()
  // Once the first step is on screen, fetch the code of the others (H5), so 下一步 need not wait for it.
  const opened = !!data
  useEffect(() => {
    if (opened) loadLaterSteps()
  }, [opened])

  if (!data) {
    return (
      <PageShell testId='filing-form'>
        {banner ? <View className='banner banner--error'>{banner}</View> : <Text className='muted'>正在打开您的申请……</Text>}
      </PageShell>
    )
  }

  return (
    <PageShell testId='filing-form'>
      <View className='steps'>
        <Text className='steps__now' id='step-title'>
          第{step + 1}步，共{STEPS.length}步：{STEPS[step].title}
        </Text>
        <Text className={saveState === 'offline' ? 'save-state save-state--offline' : 'save-state'} id='save-state'>
          {SAVE_TEXT[saveState]}
        </Text>
      </View>
      {/* Offline, the page frame's banner says this; here only when the phone thinks it has signal but the server is out of reach. */}
      {saveState === 'offline' && online ? <View className='banner banner--warn'>网络不稳定，内容已保存在手机上，恢复后自动提交</View> : null}
      {view?.correction ? <CorrectionList correction={view.correction} onOpen={draft.setStep} /> : null}
      {banner ? (
        <View className='banner banner--error' id='form-banner'>
          {banner}
        </View>
      ) : null}
      <Suspense fallback={<Text className='muted'>正在打开这一步……</Text>}>
        <StepBody draft={draft} amountText={amountText} onAmountText={(i, v) => setAmountText((m) => ({ ...m, [i]: v }))} />
      </Suspense>
      <View className='nav'>
        <Button className='btn' id='prev-step' disabled={step === 0} onClick={() => draft.goTo(step - 1)}>
          上一步
        </Button>
        {!draft.isLast ? (
          <Button className='btn btn--primary' id='next-step' onClick={() => draft.goTo(step + 1)}>
            下一步
          </Button>
        ) : null}
      </View>
    </PageShell>
  )
}
