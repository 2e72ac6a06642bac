import { Checkbox, Text, Textarea, View } from '@tarojs/components'
import { useMemo } from 'react'
import { quoteFilingFee } from '@domain/filing/filingFee'
import type { FeeRelief } from '@domain/filing/types'
import { formatYuan } from '@domain/money/formatYuan'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { FileUploader } from '../../../components/FileUploader'
import { noPrepayWords } from '../../../../../utils/feeWords'
import type { StepProps } from '../filingSteps'

const RELIEF_NAMES: Record<FeeRelief['type'], string> = { defer: '缓交', reduce: '减交', waive: '免交' }

/**
 * The expected court fee from the cause and the claims (a divorce by the property to divide, a labour
 * dispute 10元 …), whether it is paid in advance, and the request to defer, reduce or waive it (交纳办法 arts. 44–46).
 */
export function FeeCard({ data, update, errorAt, files }: StepProps) {
  const fee = useMemo(() => {
    try {
      return quoteFilingFee(data)
    } catch {
      return null
    }
  }, [data])
  const relief = data.feeRelief
  const noPrepay = fee ? noPrepayWords(fee, data.kind) : null
  const setRelief = (patch: Partial<FeeRelief>) => update((d) => ({ ...d, feeRelief: d.feeRelief && { ...d.feeRelief, ...patch } }))
  return (
    <View className='card' id='fee'>
      <Text className='field__label'>预计诉讼费</Text>
      {fee ? (
        <>
          <Text className='fee' id='fee-total'>
            {fee.minFen === fee.maxFen ? formatYuan(fee.minFen) : `${formatYuan(fee.minFen)}至${formatYuan(fee.maxFen)}`}
          </Text>
          {fee.lines.map((l, i) => (
            <View key={i} className='fee-line'>
              <Text>{l.label}</Text>
              <Text>{formatYuan(l.fen)}</Text>
            </View>
          ))}
          {data.kind === 'civil-first' && !data.cause ? (
            <Text className='muted' id='fee-no-cause'>
              还没有选是什么纠纷，先按财产案件估算。
            </Text>
          ) : null}
          {noPrepay ? (
            <View className='banner banner--ok fee-prepay' id='fee-prepay'>
              <Text className='fee-prepay__text'>{noPrepay.text}</Text>
              <Text className='fee-prepay__why'>{noPrepay.why}。</Text>
              <Text className='muted'>依据：{noPrepay.article}</Text>
            </View>
          ) : (
            <Text className='muted'>以法院的交费通知为准；收到通知后7日内交纳（《诉讼费用交纳办法》第二十二条）。</Text>
          )}
        </>
      ) : (
        <Text className='muted'>填好请求金额后显示</Text>
      )}
      <View
        className='check'
        id='fee-relief'
        onClick={() => update((d) => ({ ...d, feeRelief: d.feeRelief ? undefined : { type: 'defer', reason: '', fileIds: [] } }))}
      >
        <Checkbox value='relief' checked={!!relief} nativeProps={{ 'aria-label': '交费确有困难，申请缓交、减交或免交' }} />
        <Text>交费确有困难，申请缓交、减交或免交</Text>
      </View>
      {relief ? (
        <View>
          <View className='choices'>
            {(['defer', 'reduce', 'waive'] as const).map((t) => (
              <View key={t} className={relief.type === t ? 'choice choice--on' : 'choice'} onClick={() => setRelief({ type: t })}>
                {RELIEF_NAMES[t]}
              </View>
            ))}
          </View>
          <Textarea
            className='textarea'
            id='fee-relief-reason'
            nativeProps={{ 'aria-label': '困难情况' }}
            placeholder='写明困难情况，例如：家庭遭受自然灾害、享受低保'
            value={relief.reason}
            onInput={(e) => setRelief({ reason: e.detail.value })}
          />
          <FieldError message={errorAt('feeRelief.reason')} />
          <FileUploader
            idPrefix='relief'
            files={files.list(relief.fileIds)}
            onChange={(list) => {
              files.remember(list)
              setRelief({ fileIds: list.map((f) => f.id) })
            }}
          />
        </View>
      ) : null}
    </View>
  )
}
