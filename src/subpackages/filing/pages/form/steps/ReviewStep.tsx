import { Button, Checkbox, Text, View } from '@tarojs/components'
import { formatYuan } from '@domain/money/formatYuan'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { PROCEDURE_LABELS, sideNames } from '../../../../../utils/filingLabels'
import type { StepProps } from '../filingSteps'
import { FeeCard } from './FeeCard'

export interface ReviewStepProps extends StepProps {
  busy: boolean
  /** a filing sent back for correction is resubmitted, not submitted */
  resubmit: boolean
  onSubmit: () => void
}

/** Step 5: the fee, a summary to check, the declaration of truth, and 提交给法院. */
export function ReviewStep({ data, update, errorAt, files, busy, resubmit, onSubmit }: ReviewStepProps) {
  const sides = sideNames(data.kind)
  return (
    <View>
      <FeeCard data={data} update={update} errorAt={errorAt} files={files} />
      <View className='card' id='summary'>
        <Text className='field__label'>请核对</Text>
        {data.parties.map((p, i) => (
          <View key={i} className='summary-row'>
            {sides[p.side]}：{p.name || '（未填）'}
            {p.type === 'person' && p.side !== 'plaintiff' && !p.idNumber.trim() ? `（未填身份证号，住址：${p.address || '未填'}）` : ''}
          </View>
        ))}
        {data.kind === 'civil-first' ? (
          <View className='summary-row' id='summary-cause'>
            纠纷：{data.cause || '（未选）'}
          </View>
        ) : null}
        {data.claims.map((c, i) => (
          <View key={i} className='summary-row'>
            请求{i + 1}：{c.text}
            {c.amountFen ? `（${formatYuan(c.amountFen)}）` : ''}
          </View>
        ))}
        {data.kind === 'civil-first' ? (
          <View className='summary-row' id='summary-procedure'>
            程序：{PROCEDURE_LABELS[data.procedure].title}
          </View>
        ) : null}
        <View className='summary-row'>
          证据：{data.evidence.length}份，文件{data.evidence.reduce((n, e) => n + e.fileIds.length, 0)}个
        </View>
      </View>
      <View className='card'>
        <View className='check' id='declaration' onClick={() => update((d) => ({ ...d, declaration: !d.declaration }))}>
          <Checkbox value='decl' checked={data.declaration} nativeProps={{ 'aria-label': '我保证以上内容真实，知道提供虚假材料要承担法律责任' }} />
          <Text>我保证以上内容真实，知道提供虚假材料要承担法律责任</Text>
        </View>
        <FieldError message={errorAt('declaration')} />
      </View>
      <Button className='btn btn--primary' id='submit-filing' disabled={busy} onClick={onSubmit}>
        {resubmit ? '补正完毕，重新提交' : '提交给法院'}
      </Button>
    </View>
  )
}
