import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../../../../api/errors'
import {
  formatInstant,
  serviceApi,
  STATE_LABELS,
  type CaseParty,
  type CaseStatus,
  type DocumentSms,
  type Proof,
  type ServiceDocument,
} from '../../../../../api/service'
import { PageShell } from '../../../../../components/PageShell/PageShell'
import { sideName } from '../../../../../utils/filingLabels'
import { paperServiceText } from './paperText'
import '../../../../service/chips.scss'
import './index.scss'

const CHANNELS: Record<string, string> = { app: '小程序', sms: '短信', email: '邮箱' }

function consentText(p: CaseParty): { text: string; tone: 'green' | 'red' | 'orange' } {
  if (!p.address && p.hasAccount) return { text: '未确认送达地址：可发到对方的移动微法院账号，对方阅读或签收后才算送达；也可纸质送达', tone: 'orange' }
  if (!p.address) return { text: '未确认送达地址：请纸质送达或电话联系', tone: 'red' }
  if (!p.address.consentElectronic) return { text: '不同意电子送达：请纸质送达', tone: 'red' }
  const ch = [p.address.app ? '小程序' : '', p.address.sms ? '短信' : '', p.address.email ? '邮箱' : ''].filter(Boolean).join('、')
  return { text: `同意电子送达（${ch}）${p.address.source === 'filing' ? '，立案时确认' : `，第${p.address.version}版`}`, tone: 'green' }
}

/** The proof in a sentence: what holds, or the first findings (each names the record or document), as the court reads it. */
function proofText(proof: Proof): string {
  if (proof.verified) return `校验通过：共${proof.chain.length}条送达记录，环环相扣，与法院的电子签名和院外留存的校验记录一致，没有被改动`
  const shown = proof.failures.slice(0, 3).map((f) => f.message)
  const more = proof.failures.length > shown.length ? `；另有${proof.failures.length - shown.length}处问题` : ''
  return `校验未通过：${shown.join('；')}${more}`
}

/**
 * When a document counts as served, in the words the clerk needs: for an address the party has not
 * confirmed, only once they read or sign it (在线诉讼规则第三十一条第二款); by public notice, after
 * 30 days, 60 for a party abroad (《民事诉讼法》第九十五条、第二百八十三条).
 */
function servedText(d: ServiceDocument): string | null {
  if (d.method === 'electronic-unconfirmed') {
    if (!d.servedOn) return '发到了对方的移动微法院账号，但对方没有确认过这个送达地址：对方打开阅读或签收后才算送达，现在还没有送达。'
    if (d.servedOn.presumed) return `系统显示对方已阅读，推定${d.servedOn.servedOn}送达（对方能证明没有看到的除外）。`
    return `对方已签收，${d.servedOn.servedOn}送达。`
  }
  if (d.publicNotice && d.abroad) return `受送达人在境外，公告期六十日：${d.servedOn?.servedOn}视为送达。`
  return null
}

/** Whether a document's SMS went out, as the outbox last recorded it; the worker retries failed sends by itself. */
function smsText(s: DocumentSms): string {
  if (s.state === 'sent') return `短信已发送 ${formatInstant(s.sentAt)}`
  if (s.state === 'retrying') return '短信发送失败，将自动重试'
  if (s.state === 'failed') return '短信没有发出去，已停止重试：请电话通知或纸质送达'
  return '短信待发送'
}

/** One case: each party's consent, every document's issued / delivered / opened / signed times, follow-up flags, and the proof check. */
export default function ServiceCase() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [data, setData] = useState<CaseStatus | null>(null)
  const [proof, setProof] = useState<Proof | null>(null)
  const [error, setError] = useState<string | null>(null)
  useDidShow(() => {
    serviceApi.caseStatus(id).then(setData, (e) => setError(toApiError(e).message))
    setProof(null)
  })
  const check = () => serviceApi.proof(id).then(setProof, (e) => setError(toApiError(e).message))

  if (!data)
    return (
      <PageShell testId='service-case'>{error ? <View className='banner banner--error'>{error}</View> : <View className='card'>正在读取……</View>}</PageShell>
    )
  const sms = new Map(data.sms.map((x) => [x.documentId, x]))
  return (
    <PageShell testId='service-case'>
      <Text className='title'>{data.caseNumber}</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      <View className='card'>
        <Text className='svc__h'>当事人与送达地址</Text>
        {data.parties.map((p) => {
          const c = consentText(p)
          return (
            <View key={p.idx} className='svc__party' id={`party-${p.idx}`}>
              <Text className='svc__name'>
                {sideName(p.side)}：{p.name}
              </Text>
              <Text className={`chip chip--${c.tone}`}>{c.text}</Text>
              <Text className='muted'>邮寄地址：{p.postalAddress || '未填写'}</Text>
              {data.documents
                .filter((d) => d.recipient.idx === p.idx && d.paperService)
                .map((d) => (
                  <Text key={d.id} className='svc__time' id={`party-paper-${p.idx}-${d.id}`}>
                    {d.title}：{paperServiceText(d.paperService!)}
                  </Text>
                ))}
              <Button
                className='btn'
                id={`paper-btn-${p.idx}`}
                onClick={() => void Taro.navigateTo({ url: `/subpackages/judge/pages/service/paper/index?id=${id}&party=${p.idx}` })}
              >
                记录其他送达方式
              </Button>
            </View>
          )
        })}
      </View>
      <Button
        className='btn btn--primary'
        id='issue-btn'
        onClick={() => void Taro.navigateTo({ url: `/subpackages/judge/pages/service/issue/index?id=${id}` })}
      >
        发送文书
      </Button>
      <Text className='svc__h'>已发出的文书</Text>
      {data.documents.length === 0 ? <View className='card'>还没有发出文书。</View> : null}
      {data.documents.map((d) => {
        const label = STATE_LABELS[d.state]
        return (
          <View key={d.id} id={`sdoc-${d.id}`} className={d.flagged ? 'svc__doc svc__doc--flagged' : 'svc__doc'}>
            <View className='svc__row'>
              <Text className='svc__name'>
                {d.title} → {d.recipient.name}
              </Text>
              <Text className={`chip chip--${label.tone}`}>{label.text}</Text>
            </View>
            <Text className='svc__time'>发出：{formatInstant(d.issuedAt)}</Text>
            <Text className='svc__time' id={`delivered-${d.id}`}>
              送达：
              {d.paperService
                ? paperServiceText(d.paperService)
                : d.deliveredAt
                  ? `${formatInstant(d.deliveredAt)}（${CHANNELS[d.deliveredChannel ?? ''] ?? d.deliveredChannel}）`
                  : d.publicNotice
                    ? `公告于${d.publicNotice.publishedOn}，${d.servedOn?.servedOn}视为送达`
                    : '未送达'}
            </Text>
            {sms.get(d.id) ? (
              <Text className={sms.get(d.id)!.state === 'sent' ? 'svc__time' : 'svc__time svc__warn'} id={`sms-${d.id}`}>
                {smsText(sms.get(d.id)!)}
              </Text>
            ) : null}
            {d.method === 'paper' ? (
              d.paperService ? null : (
                <Text className='svc__note' id={`paper-todo-${d.id}`}>
                  打印后直接送达或邮寄，送达后点该当事人的「记录其他送达方式」登记
                </Text>
              )
            ) : (
              <>
                <Text className='svc__time' id={`opened-${d.id}`}>
                  阅读：{d.openedAt ? formatInstant(d.openedAt) : '未读'}
                </Text>
                <Text className='svc__time' id={`signed-${d.id}`}>
                  签收：{d.signedAt ? formatInstant(d.signedAt) : '未签收'}
                </Text>
              </>
            )}
            {d.receipt ? (
              <Text className='svc__time' id={`receipt-${d.id}`}>
                送达凭证编号：{d.receipt.code}
              </Text>
            ) : null}
            {servedText(d) ? (
              <Text className='svc__note' id={`served-${d.id}`}>
                {servedText(d)}
              </Text>
            ) : null}
            {d.deadline ? (
              <Text className='svc__time'>
                {d.deadline.name}至 {d.deadline.due}
                {d.abroad ? '（受送达人在境外）' : ''}
              </Text>
            ) : null}
            {d.finalJudgment ? (
              <Text className='svc__time' id={`final-${d.id}`}>
                小额诉讼一审终审，没有上诉期
              </Text>
            ) : null}
            {d.flagged && d.method !== 'paper' ? (
              <Text className='svc__flag'>
                {d.state === 'undelivered' ? '没有送达成功，请改用纸质送达' : `已${d.daysUnread}天未读，请电话提醒或邮寄纸质文书`}
              </Text>
            ) : null}
          </View>
        )
      })}
      <Button className='btn' id='proof-btn' onClick={() => void check()}>
        校验送达凭证
      </Button>
      {proof ? (
        <View className={proof.verified ? 'banner banner--ok' : 'banner banner--error'} id='proof-result'>
          {proofText(proof)}
        </View>
      ) : null}
    </PageShell>
  )
}
