import { Text, View } from '@tarojs/components'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import type { MediationView } from '../../../../../api/mediation'

/** The court's own deadlines: 3 working days to accept a request (staff only), and the assignment of a mediator. */
export function Deadlines({ m }: { m: MediationView }) {
  const party = m.viewer.kind === 'party'
  const confirmation = !party && m.confirmation?.countdown ? m.confirmation : null
  const assignment = m.assignment?.countdown ? m.assignment : null
  return (
    <>
      {confirmation?.countdown ? (
        <View className='card'>
          <Text className={confirmation.countdown.overdue ? 'm-deadline m-deadline--overdue' : 'm-deadline'} id='confirm-deadline'>
            确认期限：{formatChineseDate(confirmation.due)}前（{confirmation.countdown.label}）
          </Text>
          <Text className='muted' style={{ display: 'block' }}>
            收到申请后三个工作日内确认是否接受（{confirmation.article}）
          </Text>
        </View>
      ) : null}
      {assignment?.countdown ? (
        <View className='card'>
          <Text className={assignment.countdown.overdue ? 'm-deadline m-deadline--overdue' : 'm-deadline'}>
            {party ? '法院将在' : '指定调解员期限：'}
            {formatChineseDate(assignment.due)}前{party ? '指定调解员，您也可以现在自己选调解员的时间' : `（${assignment.countdown.label}）`}
          </Text>
        </View>
      ) : null}
    </>
  )
}
