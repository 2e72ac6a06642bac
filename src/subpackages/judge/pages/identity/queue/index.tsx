import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../../api/errors'
import { identityApi, type IdentityQueueItem } from '../../../../../api/identity'
import { PageShell } from '../../../../../components/PageShell/PageShell'
import './index.scss'

const CHANGED: Record<NonNullable<IdentityQueueItem['reviewReason']>, string> = {
  name: '改了姓名，需重新核验',
  'id-number': '改了身份证号，需重新核验',
  'name-and-id-number': '改了姓名和身份证号，需重新核验',
}

/** 实名核验: people of this court's cases whose ID card photos wait for a clerk, oldest first. */
export default function IdentityQueuePage() {
  const [items, setItems] = useState<IdentityQueueItem[] | null>(null)
  const [next, setNext] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () =>
    identityApi.queue().then(
      (q) => {
        setItems(q.items)
        setNext(q.nextCursor)
      },
      (e) => setError(toApiError(e).message),
    )
  const more = () =>
    next &&
    identityApi.queue(next).then(
      (q) => {
        setItems((list) => [...(list ?? []), ...q.items])
        setNext(q.nextCursor)
      },
      (e) => setError(toApiError(e).message),
    )
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })

  return (
    <PageShell testId='identity-queue'>
      <Text className='title'>实名核验</Text>
      <Text className='muted'>本院案件、调解中的当事人上传了身份证照片，请核对照片与姓名、身份证号是否一致。</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items?.length === 0 ? <View className='card'>没有等待核验的人。</View> : null}
      {items?.map((i) => (
        <View
          key={i.userId}
          id={`identity-${i.userId}`}
          className='iq-item'
          onClick={() => void Taro.navigateTo({ url: `/subpackages/judge/pages/identity/review/index?userId=${encodeURIComponent(i.userId)}` })}
        >
          <Text className='iq-item__name'>{i.realName ?? '未填姓名'}</Text>
          <Text className='muted'>{i.idNumberMasked ?? ''}</Text>
          <Text className='muted'>提交于 {i.submittedAt.slice(0, 16).replace('T', ' ')}</Text>
          {i.reviewReason ? <Text className='tag'>{CHANGED[i.reviewReason]}</Text> : null}
        </View>
      ))}
      {next ? (
        <Button className='btn' id='identity-more' onClick={() => void more()}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  )
}
