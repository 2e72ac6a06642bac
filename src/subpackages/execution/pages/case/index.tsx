import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { CaseHeader } from '../../../enforcement/components/CaseHeader'
import { ComplaintsCard } from '../../../enforcement/components/ComplaintsCard'
import { LeadsCard } from '../../../enforcement/components/LeadsCard'
import { MoneyCard } from '../../../enforcement/components/MoneyCard'
import { TerminationCard } from '../../../enforcement/components/TerminationCard'
import { Timeline } from '../../../enforcement/components/Timeline'
import { AcceptCard } from './sections/AcceptCard'
import { AssignCard } from './sections/AssignCard'
import { CloseCard } from './sections/CloseCard'
import { ControlsCard } from './sections/ControlsCard'
import { NodeRecorder } from './sections/NodeRecorder'
import { RecheckCard } from './sections/RecheckCard'
import { useCaseWork } from './useCaseWork'
import '../../../../styles/choices.scss'
import '../../../enforcement/enforcement.scss'

/** The court's work page of one enforcement case: 立案, assignment, each node with its document, the ledger, 结案 and re-checks. */
export default function CaseWorkPage() {
  const { params } = useRouter()
  const w = useCaseWork(params.id ?? '')
  const { c, error, notice } = w
  if (!c) {
    return (
      <PageShell testId='execution-case'>{error ? <View className='banner banner--error'>{error.message}</View> : <View className='skeleton' />}</PageShell>
    )
  }
  const s = { ...w, c }
  return (
    <PageShell testId='execution-case'>
      <CaseHeader c={c} notice={notice} error={error} />
      {c.viewer.side === 'supervisor' ? (
        <View className='banner' id='supervisor-note'>
          这是辖区基层法院的案件，上级法院可以查看和督办，立案、执行和结案由承办法院办理。
        </View>
      ) : null}
      <AcceptCard {...s} />
      <AssignCard {...s} />
      <NodeRecorder {...s} />
      <RecheckCard {...s} />
      <CloseCard {...s} />
      <Timeline nodes={c.timeline} />
      {c.termination ? <TerminationCard t={c.termination} /> : null}
      <LeadsCard leads={c.leads} />
      <ControlsCard {...s} />
      <MoneyCard ledger={c.ledger} amountFen={c.amountFen} />
      <ComplaintsCard complaints={c.complaints} canComplain={false} busy={false} />
    </PageShell>
  )
}
