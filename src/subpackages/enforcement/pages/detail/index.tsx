import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { enforcementApi } from '../../../../api/enforcement'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { CaseHeader } from '../../components/CaseHeader'
import { ComplaintsCard } from '../../components/ComplaintsCard'
import { LeadsCard } from '../../components/LeadsCard'
import { MoneyCard } from '../../components/MoneyCard'
import { TerminationCard } from '../../components/TerminationCard'
import { Timeline } from '../../components/Timeline'
import { useEnforcementCase } from '../../useEnforcementCase'
import '../../../../styles/choices.scss'
import '../../enforcement.scss'

const LEAD_PAGE = '/subpackages/enforcement/pages/lead/index'
const DETAIL_PAGE = '/subpackages/enforcement/pages/detail/index'

/** One enforcement case as the applicant (or the respondent) sees it: every node, the leads, the money, 终本 and complaints. */
export default function EnforcementDetail() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { c, error, notice, busy, act } = useEnforcementCase(() => enforcementApi.get(id))

  if (!c) {
    return (
      <PageShell testId='enforcement-detail'>{error ? <View className='banner banner--error'>{error.message}</View> : <View className='skeleton' />}</PageShell>
    )
  }
  return (
    <PageShell testId='enforcement-detail'>
      {params.applied === '1' && !notice ? (
        <View className='banner banner--ok' id='applied-receipt'>
          申请已提交。法院将在7日内决定是否立案，立案后会通知您案号。
        </View>
      ) : null}
      <CaseHeader c={c} notice={notice} error={error} />
      {c.resumedFrom ? <View className='card muted'>这是恢复执行的案件，原案号：{c.resumedFrom.caseNumber ?? '（未立案）'}</View> : null}
      {c.resumedAs.map((r) => (
        <Button key={r.id} className='btn' onClick={() => void Taro.navigateTo({ url: `${DETAIL_PAGE}?id=${r.id}` })}>
          查看恢复执行的案件 {r.caseNumber ?? ''}
        </Button>
      ))}
      <Timeline nodes={c.timeline} />
      {c.termination ? (
        <TerminationCard
          t={c.termination}
          onResume={c.viewer.canResume ? () => void Taro.navigateTo({ url: `${LEAD_PAGE}?id=${c.id}&resume=1` }) : undefined}
        />
      ) : null}
      <MoneyCard ledger={c.ledger} amountFen={c.amountFen} />
      <LeadsCard leads={c.leads}>
        {c.viewer.canAddLeads ? (
          <Button className='btn btn--primary' id='add-lead' onClick={() => void Taro.navigateTo({ url: `${LEAD_PAGE}?id=${c.id}` })}>
            提供财产线索
          </Button>
        ) : null}
      </LeadsCard>
      {c.controls.length > 0 ? (
        <View className='card' id='controls'>
          <Text className='e-section-title'>已控制的财产</Text>
          {c.controls.map((m) => (
            <View key={m.id} className='e-item'>
              <Text className='e-item__title'>
                {m.measureName}：{m.description}
              </Text>
              <Text className='muted' style={{ display: 'block' }}>
                {m.rulingNumber}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      <ComplaintsCard
        complaints={c.complaints}
        canComplain={c.viewer.canComplain}
        busy={busy}
        onSend={(body) => act(() => enforcementApi.complain(c.id, { body, fileIds: [] }), '已提交，法院登记后会在期限内答复您')}
      />
    </PageShell>
  )
}
