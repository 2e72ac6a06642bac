import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { FeeKind } from '@domain/fees/quoteFee'
import { causeOfAction, type CauseOfAction } from '@domain/causes/causesOfAction'
import { searchCauses } from '@domain/causes/searchCauses'
import { CausePicker } from '../../../../components/CausePicker/CausePicker'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { amountInWords, FEE_KINDS, feeKindOption, feeView, formForCause, type FeeForm } from '../../utils'
import { FieldError } from '../../../../components/FieldError/FieldError'
import './index.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'

// The mini-program's digit keyboard has a decimal point; the H5 'digit' input would be a browser number field that hides what was typed.
const AMOUNT_TYPE = process.env.TARO_ENV === 'weapp' ? 'digit' : 'text'

function AmountField(p: { id: string; label: string; value: string; error?: string; onInput: (v: string) => void }) {
  const words = p.error ? null : amountInWords(p.value)
  return (
    <View className='fee__field'>
      <Text className='fee__label'>{p.label}</Text>
      <View className={p.error ? 'fee__amount fee__amount--error' : 'fee__amount'}>
        <Input
          className='fee__amount-input'
          id={p.id}
          name={p.id}
          nativeProps={{ 'aria-label': p.label }}
          type={AMOUNT_TYPE}
          value={p.value}
          maxlength={20}
          placeholder='例如 100000'
          onInput={(e) => p.onInput(e.detail.value)}
        />
        <Text className='fee__unit'>元</Text>
      </View>
      {p.error ? (
        <FieldError id={`${p.id}-error`} message={p.error} />
      ) : words ? (
        <Text className='fee__words' id={`${p.id}-words`}>
          {words}
        </Text>
      ) : null}
    </View>
  )
}

function Toggle(p: { id: string; on: boolean; title: string; hint: string; onChange: (on: boolean) => void }) {
  return (
    <View className={p.on ? 'fee__toggle fee__toggle--on' : 'fee__toggle'} id={p.id} onClick={() => p.onChange(!p.on)}>
      <ChoiceMark kind='check' on={p.on} />
      <View className='fee__toggle-text'>
        <Text className='fee__toggle-title'>{p.title}</Text>
        <Text className='muted fee__toggle-hint'>{p.hint}</Text>
      </View>
      <Text className='fee__toggle-state'>{p.on ? '是' : '否'}</Text>
    </View>
  )
}

const findCauses = (query: string) => searchCauses(query, query.trim() ? 20 : 40)

/** The other way to say what the case is: by its name as a dispute (案由), which sets the kind for the person. */
function CauseCard({ cause, onChoose }: { cause?: string; onChoose: (c: CauseOfAction) => void }) {
  const [open, setOpen] = useState(false)
  if (!open && !cause) {
    return (
      <Text className='fee__by-cause' id='by-cause' onClick={() => setOpen(true)}>
        不知道是哪一类？按纠纷的名称查找 ›
      </Text>
    )
  }
  return (
    <View className='fee__cause'>
      <Text className='fee__label'>是什么纠纷</Text>
      <CausePicker idPrefix='fee-cause' chosen={cause ? causeOfAction(cause) : undefined} chosenName={cause} search={findCauses} onChoose={onChoose} />
    </View>
  )
}

/** 诉讼费计算器: an estimate of the court fee under 《诉讼费用交纳办法》, computed on the phone, no sign-in. */
export default function FeeCalculator() {
  const [form, setForm] = useState<FeeForm>({ kind: 'property', amount: '', extra: '', simple: false, mediated: false, counterclaim: false, wages: false })
  const [choosing, setChoosing] = useState(false)
  const option = feeKindOption(form.kind)
  const view = feeView(form)
  const errors = view.state === 'invalid' ? view.errors : {}
  const set = (patch: Partial<FeeForm>) => setForm((f) => ({ ...f, ...patch }))
  const choose = (kind: FeeKind) => {
    set({ kind, amount: '', extra: '', cause: undefined, wages: false })
    setChoosing(false)
  }
  const chooseCause = (c: CauseOfAction) => {
    set({ ...formForCause(c.name), amount: '', extra: '' })
    setChoosing(false)
  }

  return (
    <PageShell testId='fee'>
      <Text className='title'>诉讼费计算</Text>
      <Text className='muted fee__intro'>按《诉讼费用交纳办法》估算，实际金额以法院的交费通知为准。</Text>

      <View className='card'>
        <Text className='fee__step'>第1步：是什么案件</Text>
        {choosing ? (
          <View className='fee__kinds'>
            {FEE_KINDS.map((k) => (
              <View
                key={k.kind}
                id={`kind-${k.kind}`}
                className={k.kind === form.kind ? 'fee__kind fee__kind--on' : 'fee__kind'}
                onClick={() => choose(k.kind)}
              >
                <Text>{k.label}</Text>
                {k.kind === form.kind ? <Text className='fee__kind-mark'>已选</Text> : null}
              </View>
            ))}
          </View>
        ) : (
          <View className='fee__chosen' id='kind-change' onClick={() => setChoosing(true)}>
            <Text className='fee__chosen-label' id='kind-chosen'>
              {option.label}
            </Text>
            <Text className='fee__chosen-action'>更换 ›</Text>
          </View>
        )}
        {option.hint ? (
          <Text className='muted fee__hint' id='kind-hint'>
            {option.hint}
          </Text>
        ) : null}
        <CauseCard key={form.cause ?? ''} cause={form.cause} onChoose={chooseCause} />
      </View>

      {option.amount !== 'none' || option.extra || option.halvable || option.asksWages ? (
        <View className='card'>
          <Text className='fee__step'>第2步：填写情况</Text>
          {option.amount !== 'none' ? (
            <AmountField id='fee-amount' label={option.amountLabel ?? '金额'} value={form.amount} error={errors.amount} onInput={(amount) => set({ amount })} />
          ) : null}
          {option.extra ? (
            <AmountField id='fee-extra' label={option.extra.label} value={form.extra} error={errors.extra} onInput={(extra) => set({ extra })} />
          ) : null}
          {option.halvable ? (
            <>
              <Toggle id='switch-simple' on={form.simple} title='适用简易程序' hint='案情简单、争议不大的，减半' onChange={(simple) => set({ simple })} />
              <Toggle
                id='switch-mediated'
                on={form.mediated}
                title='调解结案或撤诉'
                hint='调解成功或撤回起诉的，减半'
                onChange={(mediated) => set({ mediated })}
              />
              <Toggle
                id='switch-counterclaim'
                on={form.counterclaim === true}
                title='反诉或第三人的请求'
                hint='被告反诉，或者第三人提出自己的请求，和本案一起审理的，减半'
                onChange={(counterclaim) => set({ counterclaim })}
              />
            </>
          ) : null}
          {option.asksWages ? (
            <Toggle
              id='switch-wages'
              on={form.wages === true}
              title='讨要被拖欠的工资'
              hint='追索劳动报酬的，可以先不交诉讼费'
              onChange={(wages) => set({ wages })}
            />
          ) : null}
        </View>
      ) : null}

      <View className='card fee__result' id='fee-result'>
        {view.state === 'ok' ? (
          <>
            <Text className='fee__result-label'>{view.ranged ? '诉讼费在这个范围内' : '诉讼费'}</Text>
            <Text className='fee__total' id='fee-total'>
              {view.total}
            </Text>
            {view.prepay ? (
              <View className='banner banner--ok fee__prepay' id='fee-prepay'>
                <Text>{view.prepay.text}</Text>
                <Text className='fee__article'>依据：{view.prepay.article}</Text>
              </View>
            ) : null}
            {view.notes.map((n) => (
              <Text key={n} className='muted fee__note'>
                {n}
              </Text>
            ))}
            <Text className='fee__lines-title'>怎么算的</Text>
            {view.lines.map((l, i) => (
              <View key={`${i}-${l.label}`} className='fee__line' id={`fee-line-${i}`}>
                <View className='fee__line-main'>
                  <Text className='fee__line-label'>{l.label}</Text>
                  <Text className={l.reduction ? 'fee__line-amount fee__line-amount--minus' : 'fee__line-amount'}>{l.amount}</Text>
                </View>
                <Text className='fee__article'>依据：{l.article}</Text>
              </View>
            ))}
          </>
        ) : view.state === 'waiting' ? (
          <Text className='muted fee__prompt'>{view.prompt}，这里会显示要交多少诉讼费。</Text>
        ) : (
          <Text className='muted fee__prompt'>请先改正上面标红的内容。</Text>
        )}
      </View>
    </PageShell>
  )
}
