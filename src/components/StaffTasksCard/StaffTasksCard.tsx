import { Button, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../api/errors'
import { TASKS_PAGE, tasksApi } from '../../api/tasks'
import type { Role } from '../../api/types'

/** Staff who get tasks from the reminder schedule (the clerk of an unread document, the judges of a filing). */
const WITH_TASKS: readonly Role[] = ['judge', 'clerk', 'admin']

/** 待办 on 我的: how many tasks wait, with the way to the list; shown to court staff only. */
export function StaffTasksCard({ role }: { role: Role }) {
  const staff = WITH_TASKS.includes(role)
  const [count, setCount] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Read each time 我的 shows, so a task closed on the list page is gone from the count on return.
  useDidShow(() => {
    if (!staff) return
    tasksApi.count().then(
      (n) => {
        setCount(n)
        setError(null)
      },
      (e) => setError(toApiError(e).message),
    )
  })
  if (!staff) return null
  return (
    <View className='card' id='me-tasks'>
      {/* Views, not Texts: each line on its own (a Text runs on with the one before it). */}
      <View className='muted'>待办</View>
      {error ? <View id='me-tasks-error'>{error}</View> : null}
      <View id='me-tasks-count'>{count === null ? '正在读取……' : count === 0 ? '没有待办事项' : `有 ${count} 件待办事项`}</View>
      <Button className='btn' id='me-tasks-open' onClick={() => void Taro.navigateTo({ url: TASKS_PAGE })}>
        查看待办
      </Button>
    </View>
  )
}
