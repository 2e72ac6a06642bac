import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { enforcementApi, type EnforcementSummary } from '../../../../api/enforcement'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { usePagedList } from '../../../../hooks/usePagedList'
import { leftWords, yuan } from '../../words'
import '../../enforcement.scss'

const APPLY = '/subpackages/enforcement/pages/apply/index'

/** 我的执行案件: every enforcement case I am a party to, newest first, a page at a time; its state in colour and words, and the next step. */
export default function MyEnforcement() {
  const { items, error, state, reload, loadMore } = usePagedList<EnforcementSummary>((cursor) => enforcementApi.page(cursor))
  useDidShow(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh())
  })

  return (
    <PageShell testId='enforcement-list'>
      <Text className='title'>我的执行案件</Text>
      <View className='card'>
        <Text>判决、调解书生效后对方不履行的，可以申请法院强制执行。执行申请费执行后交纳，由被执行人负担，现在不用交钱。</Text>
        <Button className='btn btn--primary' id='start-apply' onClick={() => void Taro.navigateTo({ url: APPLY })}>
          申请执行
        </Button>
      </View>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items === null && !error ? (
        <>
          <View className='skeleton' />
          <View className='skeleton' />
        </>
      ) : null}
      {items?.length === 0 ? <View className='card'>还没有执行案件，点击“申请执行”开始。</View> : null}
      {items?.map((s) => (
        <View
          key={s.id}
          id={`enf-${s.id}`}
          className={s.clock?.overdue ? 'e-item e-item--overdue' : s.state === 'closed' ? 'e-item e-item--done' : 'e-item'}
          onClick={() => void Taro.navigateTo({ url: `/subpackages/enforcement/pages/detail/index?id=${s.id}` })}
        >
          <Text className='e-item__title'>
            {s.applicants.join('、')} 申请执行 {s.respondents.join('、')}
          </Text>
          <Text style={{ display: 'block' }}>{s.caseNumber ?? '等待立案'}</Text>
          <Text className={s.state === 'refused' ? 'e-tag e-tag--red' : s.state === 'closed' ? 'e-tag e-tag--grey' : 'e-tag'}>{s.stateName}</Text>
          {s.agricultural ? <Text className='e-tag e-tag--green'>涉农</Text> : null}
          <Text className='muted' style={{ display: 'block' }}>
            申请金额 {yuan(s.amountFen)}
          </Text>
          {s.nextStep ? (
            <Text className={s.clock?.overdue ? 'e-overdue' : ''} style={{ display: 'block' }}>
              {s.nextStep}
              {s.clock ? `：${s.clock.text}（${leftWords(s.clock)}）` : ''}
            </Text>
          ) : null}
        </View>
      ))}
      <PagedFooter id='enforcement-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
