import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { caseEventName } from '@domain/cases/caseEventName'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { enforcementApi, type EligibleCase } from '../../../../api/enforcement'
import { toApiError } from '../../../../api/errors'
import { filingsApi, type FilingView } from '../../../../api/filings'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { KIND_LABELS, PROCEDURE_LABELS, STATUS_LABELS } from '../../../../utils/filingLabels'
import './index.scss'

/** One filing or case as its party sees it: status in words, what to do next, and its history. */
export default function Detail() {
  const { params } = useRouter()
  const [f, setF] = useState<FilingView | null>(null)
  const [error, setError] = useState<string | null>(null)
  // A case whose document is effective (judgment served past its appeal period, signed 调解书, 司法确认) can go to enforcement.
  const [enforceable, setEnforceable] = useState<EligibleCase | null>(null)
  useDidShow(() => {
    filingsApi.get(params.id ?? '').then(
      (v) => {
        setF(v)
        if (v.caseNumber)
          enforcementApi.eligible().then(
            (list) => setEnforceable(list.find((c) => c.sourceCaseId === v.id || c.caseNumber === v.caseNumber) ?? null),
            () => undefined,
          )
      },
      (e) => setError(toApiError(e).message),
    )
  })
  if (!f)
    return (
      <PageShell testId='filing-detail'>{error ? <View className='banner banner--error'>{error}</View> : <Text className='muted'>正在读取……</Text>}</PageShell>
    )
  const status = STATUS_LABELS[f.status]
  return (
    <PageShell testId='filing-detail'>
      <Text className='title'>{KIND_LABELS[f.kind].title}</Text>
      <View className={`status status--${status.tone}`} id='filing-status'>
        {status.text}
      </View>
      {f.caseNumber ? (
        <View className='card'>
          <Text className='muted'>案号</Text>
          <View className='case-number' id='case-number'>
            {f.caseNumber}
          </View>
          {f.procedure ? (
            <View className='summary-row'>
              适用{PROCEDURE_LABELS[f.procedure].title}，承办法官：{f.judgeName}
            </View>
          ) : null}
        </View>
      ) : null}
      {f.status === 'accepted' ? (
        <Button
          className='btn btn--primary'
          id='contact-judge'
          onClick={() => void Taro.navigateTo({ url: `/subpackages/filing/pages/messages/index?id=${f.id}` })}
        >
          联系法官
        </Button>
      ) : null}
      {enforceable ? (
        <View className='card' id='enforce-entry'>
          <Text>
            {enforceable.effectiveReason}。对方不履行的，可以申请强制执行，{enforceable.period.text}。
          </Text>
          <Button
            className='btn btn--primary'
            id='apply-enforcement'
            onClick={() =>
              void Taro.navigateTo({
                url: enforceable.existingEnforcementId
                  ? `/subpackages/enforcement/pages/detail/index?id=${enforceable.existingEnforcementId}`
                  : `/subpackages/enforcement/pages/apply/index?case=${enforceable.sourceCaseId}`,
              })
            }
          >
            {enforceable.existingEnforcementId ? '查看执行案件' : '申请执行'}
          </Button>
        </View>
      ) : null}
      {f.status === 'submitted' && f.review ? <View className='card'>法院将在 {formatChineseDate(f.review.due)} 前决定是否立案。</View> : null}
      {f.status === 'correction-requested' && f.correction ? (
        <View className='card' id='correction'>
          <Text className='field__label'>请补正以下内容后重新提交：</Text>
          {f.correction.items.map((it, i) => (
            <View key={i} className='summary-row'>
              {i + 1}. {it.message}
            </View>
          ))}
          <Button className='btn btn--primary' id='fix-filing' onClick={() => void Taro.navigateTo({ url: `/subpackages/filing/pages/form/index?id=${f.id}` })}>
            去补正
          </Button>
        </View>
      ) : null}
      {f.status === 'draft' ? (
        <Button
          className='btn btn--primary'
          id='continue-filing'
          onClick={() => void Taro.navigateTo({ url: `/subpackages/filing/pages/form/index?id=${f.id}` })}
        >
          继续填写
        </Button>
      ) : null}
      {f.status === 'declined' ? (
        <View className='card' id='decline-reason'>
          <Text className='field__label'>不予受理的理由</Text>
          <View>{f.declineReason}</View>
        </View>
      ) : null}
      <View className='card'>
        <Text className='field__label'>办理经过</Text>
        {f.history.map((h, i) => (
          <View key={i} className='timeline__item'>
            {h.at.slice(0, 16).replace('T', ' ')} {caseEventName(h.action)}（{h.actorName}）
          </View>
        ))}
      </View>
    </PageShell>
  )
}
