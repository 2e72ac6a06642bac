import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { ConfirmStep } from './steps/ConfirmStep'
import { LeadsStep } from './steps/LeadsStep'
import { RequestStep } from './steps/RequestStep'
import { SourceStep } from './steps/SourceStep'
import { STEPS, useApplication, type Application } from './useApplication'
import '../../../../styles/choices.scss'
import '../../enforcement.scss'

function StepBody({ a }: { a: Application }) {
  switch (a.step) {
    case 0:
      return <SourceStep a={a} />
    case 1:
      return <RequestStep a={a} />
    case 2:
      return <LeadsStep a={a} />
    default:
      return <ConfirmStep a={a} />
  }
}

/** 申请执行 in numbered steps: from a case of mine (prefilled) or from an outside document. */
export default function Apply() {
  const { params } = useRouter()
  const a = useApplication(params.case)
  return (
    <PageShell testId='enforcement-apply'>
      <View className='e-steps'>
        <Text className='e-steps__now' id='step-title'>
          第{a.step + 1}步，共{STEPS.length}步：{STEPS[a.step]}
        </Text>
        <View className='e-bar'>
          <View className='e-bar__done' style={{ width: `${((a.step + 1) / STEPS.length) * 100}%` }} />
        </View>
      </View>
      {a.banner ? <View className='banner banner--error'>{a.banner}</View> : null}
      <StepBody a={a} />
      {a.step < STEPS.length - 1 ? (
        <Button className='btn btn--primary' id='next-step' onClick={a.next}>
          下一步
        </Button>
      ) : null}
      {a.step > 0 ? (
        <Button className='btn' id='prev-step' onClick={a.back}>
          上一步
        </Button>
      ) : null}
    </PageShell>
  )
}
