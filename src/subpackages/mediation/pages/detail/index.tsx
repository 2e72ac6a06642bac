import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { AgreementCard } from './sections/AgreementCard'
import { AssignCard } from './sections/AssignCard'
import { ClosingCards } from './sections/ClosingCards'
import { Deadlines } from './sections/Deadlines'
import { DeclineCard } from './sections/DeclineCard'
import { Header } from './sections/Header'
import { HistoryCard } from './sections/HistoryCard'
import { JudicialConfirmationCard } from './sections/JudicialConfirmationCard'
import { OutcomeCard } from './sections/OutcomeCard'
import { RespondentIdCard } from './sections/RespondentIdCard'
import { SessionCard } from './sections/SessionCard'
import { SummaryCard } from './sections/SummaryCard'
import { TimeActions } from './sections/TimeActions'
import { WithdrawCard } from './sections/WithdrawCard'
import { useMediation } from './useMediation'
import './index.scss'

/** One mediation, with exactly the steps the person in front of it can take now (the server lists them in `actions`). */
export default function MediationDetail() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const state = useMediation(id)
  const { m, error, notice } = state

  if (!m) {
    return (
      <PageShell testId='mediation-detail'>
        {error ? <View className='banner banner--error'>{error.message}</View> : <View className='card muted'>正在加载…</View>}
      </PageShell>
    )
  }

  const section = { ...state, m, id }
  return (
    <PageShell testId='mediation-detail'>
      <Header m={m} notice={notice} error={error} />
      <SessionCard m={m} />
      <TimeActions {...section} />
      <Deadlines m={m} />
      <AssignCard {...section} />
      <RespondentIdCard {...section} />
      <AgreementCard {...section} />
      <JudicialConfirmationCard {...section} />
      <OutcomeCard {...section} />
      <DeclineCard {...section} />
      <ClosingCards {...section} />
      <SummaryCard m={m} />
      <WithdrawCard {...section} />
      <HistoryCard history={m.history} />
    </PageShell>
  )
}
