import { Text, View } from '@tarojs/components'
import type { EnforcementCaseView } from '../../../api/enforcement'
import { dayText, FEE_WORDS, yuan } from '../words'

const STATE_TONE: Record<EnforcementCaseView['state'], string> = {
  applied: 'e-tag',
  refused: 'e-tag e-tag--red',
  filed: 'e-tag',
  enforcing: 'e-tag',
  suspended: 'e-tag e-tag--grey',
  settlement: 'e-tag e-tag--green',
  closed: 'e-tag e-tag--grey',
}

/** The case at a glance: state in colour and words, number, parties, amount, court, team, and the fee words. */
export function CaseHeader({ c, notice, error }: { c: EnforcementCaseView; notice: string | null; error: { message: string } | null }) {
  return (
    <View>
      {notice ? <View className='banner banner--ok'>{notice}</View> : null}
      {error ? <View className='banner banner--error'>{error.message}</View> : null}
      <View className='card' id='case-head'>
        <Text className='e-item__title'>
          {c.applicants.map((p) => p.name).join('、')} 申请执行 {c.respondents.map((p) => p.name).join('、')}
        </Text>
        <Text className={STATE_TONE[c.state]} id='case-state'>
          {c.stateName}
        </Text>
        {c.agricultural ? <Text className='e-tag e-tag--green'>涉农·优先办理</Text> : null}
        <View className='e-row'>
          <Text className='e-row__label'>案号</Text>
          <Text id='enforcement-case-number'>{c.caseNumber ?? '立案后生成'}</Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>执行法院</Text>
          <Text>{c.courtName}</Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>执行依据</Text>
          <Text>
            {c.source.kindName}
            {c.source.documentNumber ? ` ${c.source.documentNumber}` : ''}
          </Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>申请执行金额</Text>
          <Text>{yuan(c.amountFen)}</Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>申请日期</Text>
          <Text>{dayText(c.appliedOn)}</Text>
        </View>
        {c.team ? (
          <View className='e-row'>
            <Text className='e-row__label'>执行团队</Text>
            <Text>{c.team.name}</Text>
          </View>
        ) : null}
        {c.handler ? (
          <View className='e-row'>
            <Text className='e-row__label'>承办人</Text>
            <Text id='handler-name'>{c.handler.name}</Text>
          </View>
        ) : null}
        <Text className='muted' style={{ display: 'block', marginTop: '12px' }}>
          {c.period.text}
        </Text>
        <Text className='muted' style={{ display: 'block' }} id='fee-words'>
          {c.fee.text || FEE_WORDS}
        </Text>
      </View>
      {c.refusal ? (
        <View className='card' id='refusal'>
          <Text className='e-section-title'>法院{dayText(c.refusal.on)}裁定不予受理，理由：</Text>
          {c.refusal.reasons.map((r, i) => (
            <Text key={i} style={{ display: 'block' }}>
              {i + 1}. {r}
            </Text>
          ))}
        </View>
      ) : null}
      {c.closure ? (
        <View className='card' id='closure'>
          <Text className='e-section-title'>
            {dayText(c.closure.on)}结案：{c.closure.modeName}
          </Text>
          {c.closure.rulingNumber ? (
            <Text className='muted' style={{ display: 'block' }}>
              {c.closure.rulingNumber}
            </Text>
          ) : null}
          <Text style={{ display: 'block' }}>{c.closure.reason}</Text>
        </View>
      ) : null}
    </View>
  )
}
