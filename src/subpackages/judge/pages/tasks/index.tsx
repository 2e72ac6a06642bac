import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../api/errors'
import { tasksApi, taskUrl, type StaffTask } from '../../../../api/tasks'
import { PagedFooter } from '../../../../components/PagedFooter/PagedFooter'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { usePagedList } from '../../../../hooks/usePagedList'
import './index.scss'

const KIND_TEXT: Record<StaffTask['kind'], string> = {
  'service-unread': '文书未查看',
  'filing-review-due': '立案审查快到期',
}

/** 'YYYY-MM-DD HH:mm' of a stored instant (already in Beijing time). */
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ')

/**
 * 待办: the reminders given to this staff member, newest first, a page at a time (more on scroll);
 * each opens where it is dealt with, 已处理 closes it.
 */
export default function TasksPage() {
  const [count, setCount] = useState(0)
  const [closing, setClosing] = useState<string | null>(null)
  const {
    items: tasks,
    setItems: setTasks,
    error,
    setError,
    state,
    reload,
    loadMore,
  } = usePagedList<StaffTask>((cursor) =>
    tasksApi.page(cursor).then((p) => {
      setCount(p.count)
      return p
    }),
  )
  useDidShow(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh())
  })

  const close = async (task: StaffTask) => {
    setClosing(task.id)
    try {
      await tasksApi.done(task.id)
      setTasks((list) => list?.filter((t) => t.id !== task.id) ?? null)
      setCount((n) => Math.max(0, n - 1))
      void Taro.showToast({ title: '已处理', icon: 'success' })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setClosing(null)
    }
  }

  return (
    <PageShell testId='staff-tasks'>
      <Text className='title'>待办</Text>
      <View className='muted tasks-count' id='tasks-count'>
        {tasks === null ? '正在读取……' : count === 0 ? '没有待办事项。' : `共 ${count} 件，新的在前。处理完点“已处理”。`}
      </View>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {tasks?.map((t) => {
        const target = t.target
        return (
          <View key={t.id} id={`task-${t.id}`} className='task-item'>
            <Text className='tag'>{KIND_TEXT[t.kind]}</Text>
            <Text className='task-item__text'>{t.text}</Text>
            <Text className='muted'>提醒时间 {when(t.createdAt)}</Text>
            <View className='task-item__actions'>
              {target ? (
                <Button className='btn' id={`task-open-${t.id}`} onClick={() => void Taro.navigateTo({ url: taskUrl(target) })}>
                  {target.label}
                </Button>
              ) : null}
              <Button className='btn btn--primary' id={`task-done-${t.id}`} disabled={closing === t.id} onClick={() => void close(t)}>
                已处理
              </Button>
            </View>
          </View>
        )
      })}
      <PagedFooter id='tasks-more' count={tasks?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
