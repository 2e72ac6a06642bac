import { Text, View } from '@tarojs/components'
import type { LedgerView } from '../../../api/enforcement'
import { dayText, leftWords, yuan } from '../words'

/**
 * 执行款: what reached the case account (一案一账号) and what was paid out, each with its day, and
 * for money not yet paid the day it must be paid by (the court's payout period).
 */
export function MoneyCard({ ledger, amountFen }: { ledger: LedgerView; amountFen: number }) {
  return (
    <View className='card' id='money'>
      <Text className='e-section-title'>执行款</Text>
      <View className='e-row'>
        <Text className='e-row__label'>申请执行金额</Text>
        <Text>{yuan(amountFen)}</Text>
      </View>
      <View className='e-row'>
        <Text className='e-row__label'>已到账</Text>
        <Text className='e-money' id='money-received'>
          {yuan(ledger.receivedFen)}
        </Text>
      </View>
      <View className='e-row'>
        <Text className='e-row__label'>已发给申请人</Text>
        <Text className='e-money' id='money-paid'>
          {yuan(ledger.paidFen)}
        </Text>
      </View>
      {ledger.heldFen > 0 ? (
        <View className='e-row'>
          <Text className='e-row__label'>法院账户暂存</Text>
          <Text>{yuan(ledger.heldFen)}</Text>
        </View>
      ) : null}
      {ledger.account ? <Text className='muted'>本案执行款专用账户：{ledger.account}</Text> : null}
      {ledger.receipts.length === 0 ? <Text className='muted'>还没有执行款到账。到账后会通知您，并写明哪天发给您。</Text> : null}
      {ledger.receipts.map((r) => (
        <View key={r.id} className={r.paidOn ? 'e-item e-item--done' : r.payout.overdue ? 'e-item e-item--overdue' : 'e-item'} id={`receipt-${r.id}`}>
          <Text className='e-item__title'>
            {dayText(r.receivedOn)}到账 {yuan(r.amountFen)}
          </Text>
          <Text className='muted'>交款人：{r.payer}</Text>
          {r.paidOn ? (
            <Text className='e-ok' style={{ display: 'block' }}>
              {dayText(r.paidOn)}已发放 {yuan(r.paidFen)}
            </Text>
          ) : (
            <View>
              {r.paidFen > 0 ? <Text style={{ display: 'block' }}>已发放 {yuan(r.paidFen)}</Text> : null}
              <Text className={r.payout.overdue ? 'e-overdue' : ''} style={{ display: 'block' }}>
                应在{r.payout.text}发给您（{leftWords(r.payout)}）
              </Text>
            </View>
          )}
        </View>
      ))}
      {ledger.entries.length > 0 ? (
        <View id='ledger'>
          <Text className='field__label'>收支明细</Text>
          {ledger.entries.map((e) => (
            <View key={e.id} className='e-row'>
              <Text className='e-row__label'>
                {dayText(e.on)} {e.direction === 'in' ? '收到' : '发放给'}
                {e.counterparty}
              </Text>
              <Text className={e.direction === 'in' ? 'e-ok' : ''}>
                {e.direction === 'in' ? '+' : '−'}
                {yuan(e.amountFen)}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
