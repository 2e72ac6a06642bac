import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { formatYuan } from '@domain/money/formatYuan'
import { toApiError } from '../../../../api/errors'
import { filingsApi, type FilingView } from '../../../../api/filings'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { noPrepayWords } from '../../../../utils/feeWords'
import './index.scss'
import { Icon } from '../../../../components/Icon/Icon'

/** The expected fee, and when it need not be paid in advance, that and why (《诉讼费用交纳办法》第二十条). */
function ReceiptFee({ fee, kind }: { fee: NonNullable<FilingView['fee']>; kind: FilingView['kind'] }) {
  const amount = fee.minFen === fee.maxFen ? formatYuan(fee.minFen) : `${formatYuan(fee.minFen)}至${formatYuan(fee.maxFen)}`
  const noPrepay = noPrepayWords(fee, kind)
  if (!noPrepay) {
    return (
      <View className='summary-row' id='receipt-fee'>
        预计诉讼费：{amount}，立案后法院会通知您交纳。
      </View>
    )
  }
  return (
    <View className='summary-row' id='receipt-fee'>
      <Text>预计诉讼费：{amount}。</Text>
      <View className='banner banner--ok' id='receipt-prepay'>
        <Text className='receipt__prepay'>{noPrepay.text}</Text>
        <Text className='receipt__line'>{noPrepay.why}。</Text>
        <Text className='muted receipt__line'>依据：{noPrepay.article}</Text>
      </View>
    </View>
  )
}

/** The receipt: the filing number, the next step and its deadline. */
export default function Receipt() {
  const { params } = useRouter()
  const [f, setF] = useState<FilingView | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    filingsApi.get(params.id ?? '').then(setF, (e) => setError(toApiError(e).message))
  }, [params.id])

  return (
    <PageShell testId='filing-receipt'>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {f ? (
        <View className='card'>
          <View className='icon-line'>
            <Icon name='circle-check' color='#1b5e20' size={56} />
            <Text className='receipt__big'>已提交给法院</Text>
          </View>
          <View className='summary-row'>
            立案申请编号：<Text id='filing-number'>{f.filingNumber}</Text>
          </View>
          {f.review ? (
            <View className='summary-row' id='review-due'>
              法院将在 {formatChineseDate(f.review.due)} 前审查完毕，决定是否立案。
            </View>
          ) : null}
          {f.fee ? <ReceiptFee fee={f.fee} kind={f.kind} /> : null}
          <View className='summary-row muted'>下一步：留意「我的案件」。如果法院要求补正材料，会一次性列出需要补充的内容。</View>
          <Button className='btn btn--primary' id='to-cases' onClick={() => void Taro.switchTab({ url: '/pages/cases/index' })}>
            查看我的案件
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
