import { Button, Text, Textarea, View } from '@tarojs/components'
import type { FilingClaim, Procedure } from '@domain/filing/types'
import { formatYuan } from '@domain/money/formatYuan'
import { parseYuan } from '@domain/money/parseYuan'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { PROCEDURE_LABELS } from '../../../../../utils/filingLabels'
import type { StepProps } from '../filingSteps'
import { FarmCard } from './FarmCard'

/** The fen of an amount as typed: undefined when left empty, -1 (shown in red by the domain's check) when it is not an amount. */
function typedFen(text: string): number | undefined {
  try {
    return text.trim() ? parseYuan(text) : undefined
  } catch {
    return -1
  }
}

export interface ClaimsStepProps extends StepProps {
  /** amounts as typed, by claim, so '8.65万' stays as written while its fen go to the draft */
  amountText: Record<number, string>
  onAmountText: (i: number, text: string) => void
}

/** Step 2: the claims with their amounts, the facts in the party's own words, the procedure wished for, and the farm seasons. */
export function ClaimsStep({ data, update, errorAt, files, amountText, onAmountText }: ClaimsStepProps) {
  const setClaim = (i: number, patch: Partial<FilingClaim>) => update((d) => ({ ...d, claims: d.claims.map((x, j) => (j === i ? { ...x, ...patch } : x)) }))
  return (
    <View>
      {data.claims.map((c, i) => (
        <View key={i} className='card' id={`claim-${i}`}>
          <Text className='field__label'>第{i + 1}项请求</Text>
          <Textarea
            className='textarea'
            id={`claim-${i}-text`}
            value={c.text}
            placeholder='例如：判令被告支付小麦货款86500元'
            onInput={(e) => setClaim(i, { text: e.detail.value })}
          />
          <FieldError message={errorAt(`claims[${i}].text`)} />
          <Field
            name={`claim-${i}-amount`}
            label='涉及金额（元，没有可不填）'
            type='digit'
            value={amountText[i] ?? (c.amountFen ? String(c.amountFen / 100) : '')}
            hint={c.amountFen ? `即 ${formatYuan(c.amountFen)}` : undefined}
            error={errorAt(`claims[${i}].amountFen`)}
            onInput={(v) => {
              onAmountText(i, v)
              setClaim(i, { amountFen: typedFen(v) })
            }}
          />
          {i > 0 ? (
            <Text className='link' onClick={() => update((d) => ({ ...d, claims: d.claims.filter((_, j) => j !== i) }))}>
              删除这项请求
            </Text>
          ) : null}
        </View>
      ))}
      <FieldError message={errorAt('claims')} />
      <Button className='btn' id='add-claim' onClick={() => update((d) => ({ ...d, claims: [...d.claims, { text: '' }] }))}>
        ＋ 添加一项请求
      </Button>
      <View className='card'>
        <Text className='field__label'>事实与理由</Text>
        <Text className='muted'>用自己的话写清楚：什么时候、和谁、发生了什么、对方欠什么。</Text>
        <Textarea className='textarea' id='facts' maxlength={10000} value={data.facts} onInput={(e) => update((d) => ({ ...d, facts: e.detail.value }))} />
        <FieldError message={errorAt('facts')} />
      </View>
      {data.kind === 'civil-first' ? (
        <View className='card'>
          <Text className='field__label'>希望适用的程序</Text>
          {(Object.keys(PROCEDURE_LABELS) as Procedure[]).map((p) => (
            <View
              key={p}
              id={`procedure-${p}`}
              className={data.procedure === p ? 'choice choice--on' : 'choice'}
              onClick={() => update((d) => ({ ...d, procedure: p }))}
            >
              {PROCEDURE_LABELS[p].title}：{PROCEDURE_LABELS[p].hint}
            </View>
          ))}
          <FieldError message={errorAt('procedure')} />
        </View>
      ) : null}
      <FarmCard data={data} update={update} errorAt={errorAt} files={files} />
    </View>
  )
}
