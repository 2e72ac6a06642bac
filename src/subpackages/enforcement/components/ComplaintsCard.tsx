import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { ComplaintView } from '../../../api/enforcement'
import { FieldError } from '../../../components/FieldError/FieldError'
import { dayText, deadlineWords } from '../words'

/**
 * 执行信访: a party tells the court what is wrong with how the case is handled; the court registers
 * it and answers within its periods (two official periods conflict: both are shown, the stricter
 * marked), and the reply appears here.
 */
export function ComplaintsCard({
  complaints,
  canComplain,
  busy,
  onSend,
}: {
  complaints: ComplaintView[]
  canComplain: boolean
  busy: boolean
  onSend?: (body: string) => Promise<boolean>
}) {
  const [open, setOpen] = useState(false)
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (!canComplain && complaints.length === 0) return null
  const send = async () => {
    if (body.trim().length < 5) {
      setError('请写清楚您反映的问题，至少5个字')
      return
    }
    setError(null)
    if (onSend && (await onSend(body.trim()))) {
      setBody('')
      setOpen(false)
    }
  }
  return (
    <View className='card' id='complaints'>
      <Text className='e-section-title'>对执行工作的意见（执行信访）</Text>
      {complaints.map((c) => (
        <View key={c.id} className={c.answeredOn ? 'e-item e-item--done' : 'e-item'} id={`complaint-${c.id}`}>
          <Text className='muted' style={{ display: 'block' }}>
            {dayText(c.receivedOn)} {c.complainantName}反映：
          </Text>
          <Text style={{ display: 'block' }}>{c.body}</Text>
          {c.answeredOn ? (
            <View id={`complaint-reply-${c.id}`}>
              <Text className='e-ok' style={{ display: 'block' }}>
                {dayText(c.answeredOn)}法院答复{c.answeredBy ? `（${c.answeredBy}）` : ''}：
              </Text>
              <Text style={{ display: 'block' }}>{c.reply}</Text>
            </View>
          ) : (
            <View>
              <Text className='muted' style={{ display: 'block' }}>
                登记期限：{deadlineWords(c.registration)}
              </Text>
              {c.answers.map((a) => (
                <Text key={a.name} className={a.deadline.overdue ? 'e-overdue' : 'muted'} style={{ display: 'block' }}>
                  答复期限（{a.name}）：{deadlineWords(a.deadline)}
                  {c.conflict && a.stricter ? '，按较早的这个办' : ''}
                </Text>
              ))}
            </View>
          )}
        </View>
      ))}
      {canComplain && !open ? (
        <Button className='btn' id='open-complaint' onClick={() => setOpen(true)}>
          反映执行中的问题
        </Button>
      ) : null}
      {canComplain && open ? (
        <View>
          <Text className='muted'>例如：线索交了很久没有人核查、执行款到账了还没有发给我。法院会登记并在规定期限内答复。</Text>
          <Textarea className='textarea' id='complaint-body' value={body} maxlength={2000} onInput={(e) => setBody(e.detail.value)} />
          <FieldError message={error} />
          <Button className='btn btn--primary' id='send-complaint' disabled={busy} onClick={() => void send()}>
            提交
          </Button>
        </View>
      ) : null}
    </View>
  )
}
