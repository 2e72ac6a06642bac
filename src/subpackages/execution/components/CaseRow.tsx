import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { EnforcementSummary } from '../../../api/enforcement'
import { leftWords, yuan } from '../../enforcement/words'

export const CASE_PAGE = '/subpackages/execution/pages/case/index'

/** One case in a court list: parties, number, state in colour and words, 涉农, and its clock. */
export function CaseRow({ s }: { s: EnforcementSummary }) {
  const overdue = s.clock?.overdue ?? false
  return (
    <View
      id={`ecase-${s.id}`}
      className={overdue ? 'e-item e-item--overdue' : 'e-item'}
      onClick={() => void Taro.navigateTo({ url: `${CASE_PAGE}?id=${s.id}` })}
    >
      <Text className='e-item__title'>
        {s.applicants.join('、')} 申请执行 {s.respondents.join('、')}
      </Text>
      <Text style={{ display: 'block' }}>
        {s.caseNumber ?? '待立案'}，{yuan(s.amountFen)}
      </Text>
      <Text className={s.state === 'refused' ? 'e-tag e-tag--red' : s.state === 'closed' ? 'e-tag e-tag--grey' : 'e-tag'}>{s.stateName}</Text>
      {s.agricultural ? <Text className='e-tag e-tag--green'>涉农</Text> : null}
      {s.teamName ? <Text className='e-tag e-tag--grey'>{s.teamName}</Text> : null}
      {s.clock ? (
        <Text className={overdue ? 'e-overdue' : ''} style={{ display: 'block' }}>
          {s.nextStep ? `${s.nextStep}：` : ''}
          {s.clock.text}（{leftWords(s.clock)}）
        </Text>
      ) : null}
    </View>
  )
}
