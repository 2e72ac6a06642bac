import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { Choices } from '../../../components/Choices'
import { useForm } from '../../../useForm'
import { deadlineWords, yuan } from '../../../../enforcement/words'
import { fenOf, SaveButton, today, type NodeFormProps } from './shared'

/** 执行款到账 on the case account (一案一账号): the payout period starts with it. */
export function ReceiptForm({ c, busy, record }: NodeFormProps) {
  const { v, set } = useForm({ on: today(), amountText: '', payer: c.respondents[0]?.name ?? '', note: '' })
  const [error, setError] = useState<string | null>(null)
  const amount = fenOf(v.amountText)
  const save = () => {
    if ('error' in amount) return setError(amount.error)
    setError(null)
    void record({ kind: 'money-received', on: v.on, amountFen: amount.fen, payer: v.payer.trim(), note: v.note.trim() }, '执行款到账已记录，已通知申请执行人')
  }
  return (
    <View>
      <DateField name='receipt-on' label='到账日期（财务到账通知的日期）' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Field
        name='receipt-amount'
        label='到账金额（元）'
        type='digit'
        value={v.amountText}
        onInput={set('amountText')}
        hint={'fen' in amount && amount.fen > 0 ? `即 ${yuan(amount.fen)}` : undefined}
      />
      <Field name='receipt-payer' label='交款人' value={v.payer} maxlength={60} onInput={set('payer')} />
      <Field name='receipt-note' label='备注（选填）' value={v.note} maxlength={200} onInput={set('note')} />
      <FieldError message={error} />
      <SaveButton id='save-receipt' busy={busy} onClick={save} />
    </View>
  )
}

/** 执行款发放 to the applicant, against one receipt; the payout and its ledger entry are one record. */
export function PayoutForm({ c, busy, record }: NodeFormProps) {
  const open = c.ledger.receipts.filter((r) => r.paidFen < r.amountFen)
  const first = open[0]
  const { v, set } = useForm({
    receiptId: first?.id ?? '',
    on: today(),
    amountText: first ? String((first.amountFen - first.paidFen) / 100) : '',
    payee: c.applicants[0]?.name ?? '',
    note: '',
  })
  const [error, setError] = useState<string | null>(null)
  if (open.length === 0) return <Text className='muted'>没有待发放的执行款。</Text>
  const receipt = open.find((r) => r.id === v.receiptId)
  const save = () => {
    const amount = fenOf(v.amountText)
    if ('error' in amount) return setError(amount.error)
    setError(null)
    void record(
      { kind: 'money-paid', receiptId: v.receiptId, on: v.on, amountFen: amount.fen, payee: v.payee.trim(), note: v.note.trim() },
      '执行款已发放，已通知申请执行人',
    )
  }
  return (
    <View>
      <Choices
        idPrefix='payout-receipt'
        label='发放哪一笔'
        options={open.map((r) => [r.id, `${r.receivedOn}到账 ${yuan(r.amountFen)}`] as const)}
        value={v.receiptId}
        onChange={(id) => {
          set('receiptId')(id)
          const r = open.find((x) => x.id === id)
          if (r) set('amountText')(String((r.amountFen - r.paidFen) / 100))
        }}
      />
      {receipt ? (
        <Text className={receipt.payout.overdue ? 'e-overdue' : 'muted'} style={{ display: 'block' }}>
          发放期限：{deadlineWords(receipt.payout)}
        </Text>
      ) : null}
      <DateField name='payout-on' label='发放日期' value={v.on} start='2020-01-01' onChange={set('on')} />
      <Field name='payout-amount' label='发放金额（元）' type='digit' value={v.amountText} onInput={set('amountText')} />
      <Field name='payout-payee' label='领款人' value={v.payee} maxlength={60} onInput={set('payee')} />
      <Field name='payout-note' label='备注（选填）' value={v.note} maxlength={200} onInput={set('note')} />
      <FieldError message={error} />
      <SaveButton id='save-payout' busy={busy} onClick={save} />
    </View>
  )
}
