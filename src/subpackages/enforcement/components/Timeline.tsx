import { Text, View } from '@tarojs/components'
import type { TimelineNode } from '../../../api/enforcement'
import { dayText, deadlineWords } from '../words'

const STATUS_WORDS: Record<TimelineNode['status'], string> = { done: '已办', pending: '待办', overdue: '已超期' }

/**
 * 执行进度: every node in plain words, each with its date and its deadline, so the applicant
 * sees what was done when, and what the court still owes by which day.
 */
export function Timeline({ nodes }: { nodes: TimelineNode[] }) {
  if (nodes.length === 0) return null
  return (
    <View className='card' id='timeline'>
      <Text className='e-section-title'>执行进度</Text>
      {nodes.map((n, i) => (
        <View key={`${n.node}-${n.targetId ?? ''}-${i}`} className={`e-node e-node--${n.status}`} id={`node-${i}`}>
          <View className='e-node__dot' />
          <Text className='e-node__name'>
            {n.name}
            <Text className={n.status === 'overdue' ? 'e-tag e-tag--red' : n.status === 'done' ? 'e-tag e-tag--green' : 'e-tag'}>{STATUS_WORDS[n.status]}</Text>
            {n.late ? <Text className='e-tag e-tag--red'>晚于期限</Text> : null}
          </Text>
          <Text className='e-node__line'>{n.text}</Text>
          {n.date ? <Text className='e-node__line muted'>日期：{dayText(n.date)}</Text> : null}
          {n.document ? <Text className='e-node__line muted'>文书：{n.document}</Text> : null}
          {n.deadline && n.status !== 'done' ? (
            <Text className={n.deadline.overdue ? 'e-node__line e-overdue' : 'e-node__line'}>期限：{deadlineWords(n.deadline)}</Text>
          ) : null}
          {n.deadline && n.status === 'done' ? <Text className='e-node__line muted'>期限：{n.deadline.text}</Text> : null}
        </View>
      ))}
    </View>
  )
}
