import { Button, Text, Textarea, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { type CaseMessage, messagesApi, type MessageThread } from '../../../../api/messages'
import { PageShell } from '../../../../components/PageShell/PageShell'
import './index.scss'

const MAX = 500

/** 'YYYY-MM-DDTHH:mm…' → '11月25日 09:00', how people read a message time. */
const when = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`

/** Side in words as well as colour: '法院回复 · 王立新法官', '我 · 张桂兰（…）', '代理人 · 李春生（律师）'. */
function who(m: CaseMessage): string {
  if (m.side === 'court') return `法院回复 · ${m.authorName.includes(m.authorTitle) ? m.authorName : `${m.authorName}（${m.authorTitle}）`}`
  return `${m.mine ? '我' : m.authorTitle} · ${m.authorName}`
}

/** 联系法官: the case's message thread; parties ask here and the judge or clerk answers on the same page. */
export default function Messages() {
  const { params } = useRouter()
  const caseId = params.id ?? ''
  const [thread, setThread] = useState<MessageThread | null>(null)
  const [text, setText] = useState('')
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const load = () => messagesApi.thread(caseId).then(setThread, (e) => setBanner({ kind: 'error', text: toApiError(e).message }))
  useDidShow(() => {
    void load()
  })

  const send = async () => {
    if (!text.trim()) {
      setBanner({ kind: 'error', text: '请先写下要说的话' })
      return
    }
    setBusy(true)
    setBanner(null)
    try {
      const m = await messagesApi.post(caseId, text)
      setThread((t) => (t ? { ...t, messages: [...t.messages, m] } : t))
      setText('')
      setBanner({ kind: 'ok', text: '已发送' })
    } catch (e) {
      setBanner({ kind: 'error', text: toApiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  if (!thread)
    return (
      <PageShell testId='messages'>
        {banner ? <View className='banner banner--error'>{banner.text}</View> : <Text className='muted'>正在读取……</Text>}
      </PageShell>
    )
  return (
    <PageShell testId='messages'>
      <Text className='title'>联系法官</Text>
      {thread.caseNumber ? <View className='muted'>案号：{thread.caseNumber}</View> : null}
      <View id='message-list'>
        {thread.messages.length === 0 ? <View className='card'>还没有留言。有问题可以在下面写给法官，法院会在这里回复您。</View> : null}
        {thread.messages.map((m) => (
          <View key={m.id} className={`msg msg--${m.side}${m.mine ? ' msg--mine' : ''}`}>
            <View className='msg__who'>
              {who(m)} · {when(m.createdAt)}
            </View>
            <View className='msg__body'>{m.body}</View>
          </View>
        ))}
      </View>
      {banner ? (
        <View className={`banner banner--${banner.kind}`} id='message-banner'>
          {banner.text}
        </View>
      ) : null}
      {thread.canPost ? (
        <View className='card'>
          <Textarea
            className='textarea msg__input'
            id='message-text'
            nativeProps={{ 'aria-label': '给法官留言' }}
            maxlength={MAX}
            placeholder='写下您想说的话'
            value={text}
            onInput={(e) => setText(e.detail.value)}
          />
          <View className='muted'>
            {text.length}/{MAX}字
          </View>
          {/* Taro H5 keeps a disabled attribute even for false, which fades the label: set it only while sending. */}
          <Button className='btn btn--primary' id='message-send' disabled={busy || undefined} onClick={() => void send()}>
            发送
          </Button>
        </View>
      ) : (
        <View className='card'>案件立案后才能留言。有急事请拨打 12368 诉讼服务热线。</View>
      )}
    </PageShell>
  )
}
