import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { executionApi, type ComplaintView } from '../../../../api/enforcement'
import { toApiError } from '../../../../api/errors'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import { dayText, deadlineWords } from '../../../enforcement/words'
import { CASE_PAGE } from '../../components/CaseRow'
import '../../../../styles/choices.scss'
import '../../../enforcement/enforcement.scss'

/**
 * 执行信访 of the court a page at a time (the unanswered first, the oldest first; more on scroll):
 * each complaint with both official answer periods (the stricter marked), answered here.
 */
export default function Complaints() {
  const { items, error, state, reload, loadMore } = usePagedList<ComplaintView>((cursor) => executionApi.complaints(cursor))
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const load = () => reload()
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh())
  })
  const answer = async (id: string) => {
    const reply = (drafts[id] ?? '').trim()
    if (reply.length < 5) return setBanner({ kind: 'error', text: '请写清楚答复内容，至少5个字' })
    try {
      await executionApi.answerComplaint(id, reply)
      setBanner({ kind: 'ok', text: '已答复，已通知反映人' })
      void load()
    } catch (e) {
      setBanner({ kind: 'error', text: toApiError(e).message })
    }
  }
  return (
    <PageShell testId='execution-complaints'>
      <Text className='title'>执行信访</Text>
      {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : null}
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items?.length === 0 ? <View className='card'>没有执行信访。</View> : null}
      {items?.map((c) => (
        <View key={c.id} className={c.answeredOn ? 'e-item e-item--done' : 'e-item'} id={`complaint-${c.id}`}>
          <Text className='e-item__title' onClick={() => void Taro.navigateTo({ url: `${CASE_PAGE}?id=${c.caseId}` })}>
            {c.caseNumber ?? '待立案'} · {c.complainantName}
          </Text>
          <Text style={{ display: 'block' }}>{c.body}</Text>
          <Text className='muted' style={{ display: 'block' }}>
            {dayText(c.receivedOn)}收到；登记期限：{deadlineWords(c.registration)}
          </Text>
          {c.answers.map((a) => (
            <Text key={a.name} className={a.deadline.overdue ? 'e-overdue' : 'muted'} style={{ display: 'block' }}>
              答复期限（{a.name}）：{deadlineWords(a.deadline)}
              {c.conflict && a.stricter ? '（较严，按此办理）' : ''}
            </Text>
          ))}
          {c.answeredOn ? (
            <Text className='e-ok' style={{ display: 'block' }}>
              {dayText(c.answeredOn)}已答复：{c.reply}
            </Text>
          ) : (
            <View>
              <Textarea
                className='textarea'
                id={`reply-${c.id}`}
                value={drafts[c.id] ?? ''}
                maxlength={2000}
                onInput={(e) => setDrafts({ ...drafts, [c.id]: e.detail.value })}
              />
              <Button className='btn btn--primary' id={`answer-${c.id}`} onClick={() => void answer(c.id)}>
                答复
              </Button>
            </View>
          )}
        </View>
      ))}
      <PagedFooter id='complaints-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
