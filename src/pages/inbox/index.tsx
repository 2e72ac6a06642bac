import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { formatInstant, serviceApi, showInboxBadge, STATE_LABELS, type Inbox } from '../../api/service'
import { PagedFooter } from '../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../components/PageShell/PageShell'
import { usePagedList } from '../../hooks/usePagedList'
import { useSession } from '../../stores/session'
import './index.scss'

type InboxSummary = Omit<Inbox, 'documents'>

/**
 * 我的文书: court documents served on me, newest first and a page at a time, unread in bold with a
 * badge; the address form first if the court still needs it. Every page brings the unread count
 * of all of them, so the title and the badge stay right as more pages load.
 */
export default function InboxPage() {
  const { user } = useSession()
  const [summary, setSummary] = useState<InboxSummary | null>(null)
  const isParty = user?.role === 'litigant' || user?.role === 'agent'
  const { items, error, state, reload, loadMore } = usePagedList(async (cursor) => {
    const { inbox, next } = await serviceApi.inboxPage(cursor)
    setSummary({ unread: inbox.unread, needsAddress: inbox.needsAddress })
    void showInboxBadge(inbox.unread)
    return { items: inbox.documents, next }
  })
  const inbox = summary && items ? { ...summary, documents: items } : null

  const load = async () => {
    if (isParty) await reload()
  }
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })

  if (!user || !isParty) {
    return (
      <PageShell testId='inbox'>
        <Text className='title'>我的文书</Text>
        <View className='card'>
          <Text>
            {user ? '这里显示法院送达给当事人的文书。法院工作人员请在服务大厅进入“电子送达”。' : '登录后可以查看法院送达给您的传票、通知书和判决书。'}
          </Text>
          {!user ? (
            <Button className='btn btn--primary' id='inbox-login' onClick={() => void Taro.navigateTo({ url: '/pages/login/index' })}>
              去登录
            </Button>
          ) : null}
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell testId='inbox'>
      <Text className='title'>我的文书{inbox && inbox.unread > 0 ? `（${inbox.unread}份未读）` : ''}</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {inbox?.needsAddress.map((c) => (
        <View key={c.caseId} className='card inbox__ask' id={`ask-address-${c.caseId}`}>
          <Text className='inbox__ask-title'>请确认送达地址</Text>
          <Text>法院受理了{c.caseNumber}，需要您确认怎样接收法院文书。</Text>
          <Button
            className='btn btn--primary'
            id={`confirm-address-${c.caseId}`}
            onClick={() => void Taro.navigateTo({ url: `/subpackages/service/pages/address/index?caseId=${c.caseId}` })}
          >
            填写送达地址确认书
          </Button>
        </View>
      ))}
      {!inbox ? <View className='card skeleton'>正在读取……</View> : null}
      {inbox && inbox.documents.length === 0 ? <View className='card'>还没有法院文书。法院发出文书后会在这里显示，并通过短信提醒您。</View> : null}
      {inbox?.documents.map((d) => {
        const label = STATE_LABELS[d.state]
        return (
          <View
            key={d.id}
            id={`doc-${d.id}`}
            className={d.openedAt ? 'inbox__item' : 'inbox__item inbox__item--unread'}
            onClick={() => void Taro.navigateTo({ url: `/subpackages/service/pages/document/index?id=${d.id}` })}
          >
            <View className='inbox__row'>
              <Text className='inbox__title'>{d.title}</Text>
              <Text className={`chip chip--${label.tone}`}>{label.text}</Text>
            </View>
            <Text className='muted'>{d.caseNumber}</Text>
            <Text className='muted'>送达时间：{d.deliveredAt ? formatInstant(d.deliveredAt) : d.servedOn ? `${d.servedOn.servedOn}（公告期满）` : '—'}</Text>
            {d.deadline ? (
              <Text className='inbox__deadline'>
                {d.deadline.name}至 {d.deadline.due}
              </Text>
            ) : null}
          </View>
        )
      })}
      <PagedFooter id='inbox-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
