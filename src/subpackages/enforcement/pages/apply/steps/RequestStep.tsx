import { Switch, Text, Textarea, View } from '@tarojs/components'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { FEE_WORDS, yuan } from '../../../words'
import type { Application } from '../useApplication'
import { PeriodCard } from './SourceStep'

/** Step 2: who against whom and for what, prefilled from the case; the period, the 涉农 mark and the fee words. */
export function RequestStep({ a }: { a: Application }) {
  const c = a.chosen
  const applicants = c ? c.applicants.map((p) => p.name).join('、') : '我'
  const respondents = c ? c.respondents.map((p) => p.name).join('、') : a.outside.respondentName
  return (
    <View>
      <View className='card' id='parties'>
        <View className='e-row'>
          <Text className='e-row__label'>申请执行人</Text>
          <Text id='applicant-names'>{applicants}</Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>被执行人</Text>
          <Text id='respondent-names'>{respondents}</Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>执行依据</Text>
          <Text>{c ? `${c.caseNumber} ${c.documentKindName}` : a.outside.documentNumber}</Text>
        </View>
        {c ? (
          <View className='e-row'>
            <Text className='e-row__label'>执行法院</Text>
            <Text>{c.courtName}</Text>
          </View>
        ) : null}
        {a.amountFen !== null ? (
          <View className='e-row'>
            <Text className='e-row__label'>申请执行金额</Text>
            <Text id='apply-amount'>{yuan(a.amountFen)}</Text>
          </View>
        ) : null}
      </View>
      <View className='card'>
        <Text className='field__label'>执行请求</Text>
        <Text className='muted'>已按生效文书填好，可以修改。</Text>
        <Textarea className='textarea' id='requests' value={a.requests} maxlength={2000} onInput={(e) => a.setRequests(e.detail.value)} />
        <FieldError message={a.errors.requests} />
      </View>
      <View className='card'>
        <View className='e-row'>
          <Text>涉农案件（农民工工资、土地草场承包、卖粮卖牲畜、农机具）</Text>
          <Switch id='agricultural' checked={a.agricultural} nativeProps={{ 'aria-label': '涉农案件' }} onChange={(e) => a.setAgricultural(e.detail.value)} />
        </View>
        {c?.agriculturalReasons.length ? <Text className='muted'>法院识别为涉农：{c.agriculturalReasons.join('；')}</Text> : null}
        <Text className='muted' style={{ display: 'block' }}>
          涉农案件走绿色通道，优先办理。
        </Text>
      </View>
      <PeriodCard a={a} />
      <View className='card' id='fee-notice'>
        <Text className='e-item__title'>{c?.fee.text ?? FEE_WORDS}</Text>
        <Text className='muted'>现在不用交钱（《诉讼费用交纳办法》第二十条、第三十八条）。</Text>
      </View>
    </View>
  )
}
