import { Button, Text, Textarea, View } from '@tarojs/components'
import { searchCauses } from '@domain/causes/searchCauses'
import type { FilingClaim } from '@domain/filing/types'
import { formatYuan } from '@domain/money/formatYuan'
import { parseYuan } from '@domain/money/parseYuan'
import { CausePicker } from '../../../../../components/CausePicker/CausePicker'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import type { StepProps } from '../filingSteps'
import { chosenCause, claimAmountLabel, type SmallClaimsView } from '../procedure'
import { FarmCard } from './FarmCard'
import { ProcedureCard } from './ProcedureCard'

/** Nothing typed: every common rural cause (the list has about 30); a search: the best 20. */
const findCauses = (query: string) => searchCauses(query, query.trim() ? 20 : 40)

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
  /** whether small claims applies, and why */
  smallClaims: SmallClaimsView
}

/**
 * Step 2: the kind of dispute (案由) for a lawsuit, the claims with their amounts (named as the
 * cause counts them), the facts in the party's own words, the procedure and why, and the farm seasons.
 */
export function ClaimsStep({ data, update, errorAt, files, amountText, onAmountText, smallClaims }: ClaimsStepProps) {
  const setClaim = (i: number, patch: Partial<FilingClaim>) => update((d) => ({ ...d, claims: d.claims.map((x, j) => (j === i ? { ...x, ...patch } : x)) }))
  const amountLabel = claimAmountLabel(data.kind === 'civil-first' ? data.cause : undefined)
  return (
    <View>
      {data.kind === 'civil-first' ? (
        <View className='card'>
          <Text className='field__label'>是什么纠纷（案由）</Text>
          <CausePicker
            idPrefix='cause'
            chosen={chosenCause(data)}
            chosenName={data.cause}
            search={findCauses}
            onChoose={(c) => update((d) => ({ ...d, cause: c.name }))}
          />
          <FieldError message={errorAt('cause')} />
        </View>
      ) : null}
      {data.claims.map((c, i) => (
        <View key={i} className='card' id={`claim-${i}`}>
          <Text className='field__label'>第{i + 1}项请求</Text>
          <Textarea
            className='textarea'
            id={`claim-${i}-text`}
            nativeProps={{ 'aria-label': `第${i + 1}项请求` }}
            value={c.text}
            placeholder='例如：判令被告支付小麦货款86500元'
            onInput={(e) => setClaim(i, { text: e.detail.value })}
          />
          <FieldError message={errorAt(`claims[${i}].text`)} />
          <Field
            name={`claim-${i}-amount`}
            label={amountLabel}
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
        <Textarea
          className='textarea'
          id='facts'
          nativeProps={{ 'aria-label': '事实与理由' }}
          maxlength={10000}
          value={data.facts}
          onInput={(e) => update((d) => ({ ...d, facts: e.detail.value }))}
        />
        <FieldError message={errorAt('facts')} />
      </View>
      <ProcedureCard data={data} update={update} errorAt={errorAt} view={smallClaims} />
      <FarmCard data={data} update={update} errorAt={errorAt} files={files} />
    </View>
  )
}
