import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { mediationApi, type Notices } from '../../../../api/mediation'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import { useSession } from '../../../../stores/session'
import { ROLE_LABEL, STAGE_LABEL, STATUS_TONE } from '../../labels'
import './index.scss'
import { Icon } from '../../../../components/Icon/Icon'

const open = (id: string) => void Taro.navigateTo({ url: `/subpackages/mediation/pages/detail/index?id=${id}` })

/** 我的调解: a party's requests and invitations; a mediator's assigned requests with the 3-working-day clock; the court's list for staff. */
export default function MediationHome() {
  const { user } = useSession()
  // The mediations a page at a time, newest change first; the messages beside them.
  const { items, error, setError, state, reload, loadMore } = usePagedList(mediationApi.list)
  const [notices, setNotices] = useState<Notices | null>(null)
  const [showNotices, setShowNotices] = useState(false)
  const party = user?.role === 'litigant' || user?.role === 'agent'
  const runsSessions = user?.role === 'mediator' || user?.role === 'judge'

  const load = () => Promise.all([reload(), mediationApi.notices().then(setNotices, (e) => setError(toApiError(e).message))]).then(() => undefined)
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })

  const readAll = async () => {
    setShowNotices(!showNotices)
    if (!showNotices && notices && notices.unread > 0) {
      await mediationApi.markRead().catch(() => undefined)
      setNotices({ ...notices, unread: 0 })
    }
  }

  return (
    <PageShell testId='mediation-home'>
      <Text className='title'>{party ? '我的调解' : runsSessions ? '调解工作台' : '本院调解'}</Text>
      {party ? (
        <View className='card'>
          <Text className='muted'>纠纷不一定要打官司。申请调解，约一个双方都方便的时间，由法院的调解员帮您们谈。调解不收费。</Text>
          <Button className='btn btn--primary' id='new-mediation' onClick={() => void Taro.navigateTo({ url: '/subpackages/mediation/pages/request/index' })}>
            申请调解
          </Button>
        </View>
      ) : null}
      {runsSessions ? (
        <Button className='btn' id='open-availability' onClick={() => void Taro.navigateTo({ url: '/subpackages/mediation/pages/availability/index' })}>
          设置可预约时间
        </Button>
      ) : null}

      {notices && notices.items.length > 0 ? (
        <View className='card' id='notices' onClick={() => void readAll()}>
          <View className='icon-line'>
            {notices.unread > 0 ? <Icon name='bell' color='#b71c1c' /> : null}
            <Text className={notices.unread > 0 ? 'm-item__title' : ''}>
              {notices.unread > 0 ? `${notices.unread}条新消息` : '调解消息'}（点此{showNotices ? '收起' : '查看'}）
            </Text>
          </View>
          {showNotices
            ? notices.items.slice(0, 10).map((n) => (
                <View key={n.id} className='m-row' onClick={() => open(n.mediationId)}>
                  <Text className={n.read ? 'muted' : ''}>{n.text}</Text>
                </View>
              ))
            : null}
        </View>
      ) : null}

      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items === null && !error ? <View className='card muted'>正在加载…</View> : null}
      {items?.length === 0 ? (
        <View className='card' id='mediation-empty'>
          {party ? '还没有调解。对方邀请您调解时，也会出现在这里。' : runsSessions ? '还没有分配给您的调解申请。' : '本院还没有调解申请。'}
        </View>
      ) : null}
      {items?.map((m) => {
        const clock = m.confirmation?.countdown ?? m.assignment?.countdown ?? null
        return (
          <View key={m.id} id={`mediation-${m.id}`} className={m.todo ? 'm-item m-item--todo' : 'm-item'} onClick={() => open(m.id)}>
            <Text className='m-item__title'>
              {m.applicantName} 与 {m.respondentName}
            </Text>
            <View>
              <Text className={`m-chip m-chip--${STATUS_TONE[m.status]}`}>{m.statusText}</Text>
              <Text className='m-chip m-chip--grey'>{STAGE_LABEL[m.stage]}</Text>
              {party ? <Text className='m-chip m-chip--grey'>我是{ROLE_LABEL[m.myRole]}</Text> : null}
            </View>
            <Text className='muted'>{m.dispute}</Text>
            {m.booking ? (
              <View className='icon-line'>
                <Icon name='clock' />
                <Text>
                  {m.booking.label}
                  {m.booking.venueKind === 'online' ? '（视频）' : '（现场）'}
                </Text>
              </View>
            ) : null}
            {m.mediatorName ? <Text style={{ display: 'block' }}>调解员：{m.mediatorName}</Text> : null}
            {clock ? (
              <Text className={clock.overdue ? 'm-deadline m-deadline--overdue' : 'm-deadline'} style={{ display: 'block' }}>
                {m.assignment ? '指定调解员' : '确认期限'}：{clock.label}
              </Text>
            ) : null}
            {m.todo ? (
              <View className='icon-line'>
                <Icon name='circle-arrow-right' color='#b71c1c' />
                <Text className='m-item__todo'>{m.todo}</Text>
              </View>
            ) : null}
          </View>
        )
      })}
      <PagedFooter id='mediations-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
