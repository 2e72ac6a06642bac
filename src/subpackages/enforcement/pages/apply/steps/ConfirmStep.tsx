import { Button, Checkbox, Text, View } from '@tarojs/components'
import { PROPERTY_LEAD_KINDS } from '@domain/enforcement/types'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { FEE_WORDS, yuan } from '../../../words'
import type { Application } from '../useApplication'

/** Step 4: everything once more, the promise, and the submission. */
export function ConfirmStep({ a }: { a: Application }) {
  const c = a.chosen
  return (
    <View>
      <View className='card' id='confirm-summary'>
        <View className='e-row'>
          <Text className='e-row__label'>执行依据</Text>
          <Text>{c ? `${c.caseNumber} ${c.documentKindName}` : a.outside.documentNumber}</Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>被执行人</Text>
          <Text>{c ? c.respondents.map((p) => p.name).join('、') : a.outside.respondentName}</Text>
        </View>
        {a.amountFen !== null ? (
          <View className='e-row'>
            <Text className='e-row__label'>金额</Text>
            <Text>{yuan(a.amountFen)}</Text>
          </View>
        ) : null}
        <View className='e-row'>
          <Text className='e-row__label'>执行请求</Text>
          <Text>{a.requests}</Text>
        </View>
        <View className='e-row'>
          <Text className='e-row__label'>财产线索</Text>
          <Text>{a.leads.length === 0 ? '没有提供' : a.leads.map((l) => (l.kind ? PROPERTY_LEAD_KINDS[l.kind].name : '')).join('、')}</Text>
        </View>
        {a.agricultural ? <Text className='e-tag e-tag--green'>涉农·优先办理</Text> : null}
        {a.period ? <Text style={{ display: 'block' }}>{a.period.text}</Text> : null}
        {a.period?.late ? <Text className='e-warn'>{a.period.warning}</Text> : null}
        <Text className='muted' style={{ display: 'block' }}>
          {c?.fee.text ?? FEE_WORDS}
        </Text>
      </View>
      <View className='card'>
        <View className='check' id='declaration' onClick={() => a.setDeclaration(!a.declaration)}>
          <Checkbox value='yes' checked={a.declaration} />
          <Text>我保证以上内容和提供的财产线索真实，知道提供虚假线索要承担法律责任。</Text>
        </View>
        <FieldError message={a.errors.declaration} />
      </View>
      <Button className='btn btn--primary' id='submit-application' disabled={a.busy} onClick={() => void a.submit()}>
        {a.busy ? '正在提交…' : '提交执行申请'}
      </Button>
    </View>
  )
}
