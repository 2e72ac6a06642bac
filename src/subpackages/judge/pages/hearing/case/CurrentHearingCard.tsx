import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { type Hearing, hearingsApi } from '../../../../../api/hearings'
import { ChoiceMark } from '../../../../../components/ChoiceMark/ChoiceMark'

/** 《民事诉讼法》第一百四十九条: the grounds for postponing a hearing. */
export const POSTPONE_GROUNDS = [
  '当事人和其他诉讼参与人有正当理由没有到庭',
  '当事人临时提出回避申请',
  '需要通知新的证人到庭，调取新的证据，重新鉴定、勘验，或者需要补充调查',
  '其他应当延期的情形',
]

export const HEARING_STATUS: Record<Hearing['status'], { text: string; tone: 'green' | 'red' | 'blue' }> = {
  scheduled: { text: '已排期', tone: 'green' },
  postponed: { text: '已延期', tone: 'red' },
  held: { text: '已开庭', tone: 'blue' },
}

/** Runs one scheduling step and shows its message; the page reloads afterwards. */
export type Run = (step: () => Promise<string>) => Promise<void>

/** 延期开庭: one of the statutory grounds, with a note (required for 其他). */
function PostponeForm({ current, busy, run, onClose }: { current: Hearing; busy: boolean; run: Run; onClose: () => void }) {
  const [ground, setGround] = useState<string | null>(null)
  const [detail, setDetail] = useState('')
  const postpone = () =>
    run(async () => {
      const h = await hearingsApi.postpone(current.id, detail.trim() ? `${ground}：${detail.trim()}` : ground!)
      onClose()
      return `已延期：原定${h.label}的开庭取消，已短信通知当事人。请重新排期。`
    })
  return (
    <View id='postpone-form'>
      <Text className='jh__h'>延期理由（《民事诉讼法》第一百四十九条）</Text>
      {POSTPONE_GROUNDS.map((g, i) => (
        <View key={g} id={`ground-${i}`} className={ground === g ? 'jh__reason jh__reason--on' : 'jh__reason'} onClick={() => setGround(g)}>
          <Text>
            <ChoiceMark kind='radio' on={ground === g} />
            {g}
          </Text>
        </View>
      ))}
      <Textarea
        className='jh__textarea'
        id='postpone-detail'
        nativeProps={{ 'aria-label': '延期的补充说明' }}
        value={detail}
        maxlength={200}
        placeholder='补充说明（选“其他”时必填）'
        onInput={(e) => setDetail(e.detail.value)}
      />
      <Button
        className='btn btn--primary'
        id='postpone-submit'
        disabled={busy || !ground || (ground === POSTPONE_GROUNDS[3] && !detail.trim())}
        onClick={() => void postpone()}
      >
        确认延期
      </Button>
      <Button className='btn' onClick={onClose}>
        取消
      </Button>
    </View>
  )
}

/** 开庭安排: the hearing set, its summons per party, and 延期开庭 / 记为已开庭 (from the hearing day on). */
export function CurrentHearingCard({ current, busy, today, run }: { current: Hearing; busy: boolean; today: string; run: Run }) {
  const [postponing, setPostponing] = useState(false)
  return (
    <View className='card' id='current-hearing'>
      <View className='jh__row'>
        <Text className='jh__h'>开庭安排</Text>
        <Text className={`chip chip--${HEARING_STATUS[current.status].tone}`}>{HEARING_STATUS[current.status].text}</Text>
      </View>
      <Text className='jh__slot-label'>{current.label}</Text>
      <Text className='jh__line'>
        {current.roomName}（{current.address}），{current.judgeName}
      </Text>
      {current.summons.map((s) => (
        <Text key={s.partyIdx} className='jh__line' id={`summons-${s.partyIdx}`}>
          传票 → {s.name}：{s.status === 'electronic' ? '已电子送达' : `需纸质送达。${s.message}`}
        </Text>
      ))}
      {postponing ? (
        <PostponeForm current={current} busy={busy} run={run} onClose={() => setPostponing(false)} />
      ) : current.status === 'scheduled' ? (
        <>
          <Button className='btn' id='postpone-open' onClick={() => setPostponing(true)}>
            延期开庭
          </Button>
          {current.date <= today ? (
            <Button
              className='btn'
              id='held-btn'
              disabled={busy}
              onClick={() => void run(async () => `已记为开庭：${(await hearingsApi.held(current.id)).label}`)}
            >
              记为已开庭
            </Button>
          ) : null}
        </>
      ) : null}
    </View>
  )
}
