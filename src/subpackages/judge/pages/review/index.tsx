import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { farmChoiceText } from '@domain/scheduling/farmNames'
import type { Procedure } from '@domain/filing/types'
import { toApiError } from '../../../../api/errors'
import { fileLink } from '../../../../api/files'
import { filingsApi, reviewApi, staffApi, type FilingView } from '../../../../api/filings'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { useSession } from '../../../../stores/session'
import { KIND_LABELS, PROCEDURE_LABELS, STATUS_LABELS } from '../../../../utils/filingLabels'
import { EvidenceList, FilingSummary } from './FilingSummary'
import './index.scss'

const AREAS = [
  { field: 'parties', label: '当事人信息' },
  { field: 'claims', label: '诉讼请求' },
  { field: 'facts', label: '事实与理由' },
  { field: 'evidence', label: '证据材料' },
  { field: 'service', label: '送达地址' },
]

type Mode = 'none' | 'accept' | 'correct' | 'decline'

/** PDFs open in the phone's document viewer (a new tab on H5), through a five-minute link of their own. */
async function openDocument(id: string) {
  try {
    const url = await fileLink(id)
    if (process.env.TARO_ENV === 'h5') {
      window.open(url, '_blank')
      return
    }
    const { tempFilePath } = await Taro.downloadFile({ url })
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' })
  } catch {
    void Taro.showToast({ title: '文件打不开，请稍后再试', icon: 'none' })
  }
}

/** One filing in full, and the three decisions: 登记立案, 一次性告知补正, 不予受理. */
export default function Review() {
  const { params } = useRouter()
  const { user } = useSession()
  const [f, setF] = useState<FilingView | null>(null)
  const [judges, setJudges] = useState<Array<{ id: string; displayName: string }>>([])
  const [mode, setMode] = useState<Mode>('none')
  const [procedure, setProcedure] = useState<Procedure>('simple')
  const [judgeId, setJudgeId] = useState('')
  const [items, setItems] = useState<Array<{ field: string; message: string }>>([{ field: 'parties', message: '' }])
  const [reason, setReason] = useState('')
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  // Photo previews load through short-lived links, fetched once the filing (and so its file list) is known.
  const [previews, setPreviews] = useState<Record<string, string>>({})

  useEffect(() => {
    filingsApi.get(params.id ?? '').then(
      (v) => {
        setF(v)
        // The procedure the server fixed on submission (small claims decided by law), else the filer's choice.
        setProcedure(v.smallClaims?.fixedProcedure ?? v.data.procedure)
      },
      (e) => setBanner({ kind: 'error', text: toApiError(e).message }),
    )
    staffApi.colleagues().then(
      (list) => {
        const js = list.filter((s) => s.role === 'judge')
        setJudges(js)
        setJudgeId(js.find((j) => j.id === user?.id)?.id ?? js[0]?.id ?? '')
      },
      () => undefined,
    )
  }, [params.id, user?.id])

  useEffect(() => {
    const photos = (f?.files ?? []).filter((x) => x.mime.startsWith('image/'))
    Promise.all(photos.map(async (x) => [x.id, await fileLink(x.id)] as const)).then(
      (entries) => setPreviews(Object.fromEntries(entries)),
      () => undefined,
    )
  }, [f])

  const act = async (run: () => Promise<FilingView>, done: string) => {
    setBusy(true)
    setBanner(null)
    try {
      const v = await run()
      setF(v)
      setMode('none')
      setBanner({ kind: 'ok', text: done })
    } catch (e) {
      setBanner({ kind: 'error', text: toApiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  if (!f)
    return (
      <PageShell testId='review'>{banner ? <View className='banner banner--error'>{banner.text}</View> : <Text className='muted'>正在读取……</Text>}</PageShell>
    )
  const decidable = f.status === 'submitted' && (!f.crossRegion || f.forwarded || user?.courtId === f.targetCourtId)
  const canForward = f.crossRegion && !f.forwarded && user?.courtId === f.courtId

  return (
    <PageShell testId='review'>
      <Text className='title'>{KIND_LABELS[f.kind].title}</Text>
      <View className='card'>
        <View className='row' id='review-status'>
          状态：{STATUS_LABELS[f.status].text}
        </View>
        {f.review ? (
          <View className='row'>
            审查期限：{formatChineseDate(f.review.due)}（{f.review.overdue ? `已超期${-f.review.daysLeft}天` : `剩${f.review.daysLeft}天`}）
          </View>
        ) : null}
        {f.caseNumber ? (
          <View className='row' id='review-case-number'>
            案号：{f.caseNumber}
          </View>
        ) : null}
        <View className='row'>申请编号：{f.filingNumber}</View>
        {f.agricultural ? <View className='row'>涉农案件：{farmChoiceText(f.data.farm)}</View> : null}
        {f.crossRegion ? <View className='row'>跨域立案{f.forwarded ? '（已转交管辖法院）' : '（尚未转交）'}</View> : null}
      </View>
      <FilingSummary f={f} />
      <EvidenceList f={f} previews={previews} openDocument={(id) => void openDocument(id)} />
      {f.status === 'accepted' ? (
        <Button className='btn' id='party-messages' onClick={() => void Taro.navigateTo({ url: `/subpackages/filing/pages/messages/index?id=${f.id}` })}>
          当事人留言
        </Button>
      ) : null}
      {banner ? (
        <View className={`banner banner--${banner.kind}`} id='review-banner'>
          {banner.text}
        </View>
      ) : null}
      {canForward ? (
        <Button className='btn btn--primary' id='forward' disabled={busy} onClick={() => act(() => reviewApi.forward(f.id), '已转交管辖法院')}>
          转交管辖法院
        </Button>
      ) : null}
      {decidable && mode === 'none' ? (
        <View>
          <Button className='btn btn--primary' id='mode-accept' onClick={() => setMode('accept')}>
            登记立案
          </Button>
          <Button className='btn' id='mode-correct' onClick={() => setMode('correct')}>
            要求补正
          </Button>
          <Button className='btn' id='mode-decline' onClick={() => setMode('decline')}>
            不予受理
          </Button>
        </View>
      ) : null}
      {mode === 'accept' ? (
        <View className='card'>
          <Text className='field__label'>适用程序</Text>
          {f.smallClaims ? (
            <Text className='muted' id='small-claims-reason'>
              {f.smallClaims.reason}
            </Text>
          ) : null}
          <View className='choices'>
            {(Object.keys(PROCEDURE_LABELS) as Procedure[]).map((p) => (
              <View key={p} id={`accept-procedure-${p}`} className={procedure === p ? 'choice choice--on' : 'choice'} onClick={() => setProcedure(p)}>
                {PROCEDURE_LABELS[p].title}
              </View>
            ))}
          </View>
          <Text className='field__label'>承办法官</Text>
          <View className='choices'>
            {judges.map((j) => (
              <View key={j.id} id={`judge-${j.id}`} className={judgeId === j.id ? 'choice choice--on' : 'choice'} onClick={() => setJudgeId(j.id)}>
                {j.displayName}
              </View>
            ))}
          </View>
          <Button
            className='btn btn--primary'
            id='confirm-accept'
            disabled={busy || !judgeId}
            onClick={() => act(() => reviewApi.accept(f.id, { procedure, judgeId }), '已登记立案')}
          >
            确认立案
          </Button>
          <Button className='btn' onClick={() => setMode('none')}>
            返回
          </Button>
        </View>
      ) : null}
      {mode === 'correct' ? (
        <View className='card'>
          <Text className='muted'>请一次性列出全部需要补正的内容（《人民法院在线诉讼规则》第九条）。</Text>
          {items.map((it, i) => (
            <View key={i}>
              <View className='choices'>
                {AREAS.map((a) => (
                  <View
                    key={a.field}
                    className={it.field === a.field ? 'choice choice--on' : 'choice'}
                    onClick={() => setItems(items.map((x, j) => (j === i ? { ...x, field: a.field } : x)))}
                  >
                    {a.label}
                  </View>
                ))}
              </View>
              <Textarea
                className='textarea'
                id={`correction-${i}`}
                nativeProps={{ 'aria-label': `第${i + 1}项补正` }}
                placeholder='写明要补正什么，例如：被告住址请写到村、门牌号'
                value={it.message}
                onInput={(e) => setItems(items.map((x, j) => (j === i ? { ...x, message: e.detail.value } : x)))}
              />
            </View>
          ))}
          <Button className='btn' id='add-correction' onClick={() => setItems([...items, { field: 'evidence', message: '' }])}>
            ＋ 再加一项
          </Button>
          <Button
            className='btn btn--primary'
            id='confirm-correct'
            disabled={busy}
            onClick={() =>
              act(
                () =>
                  reviewApi.requestCorrection(
                    f.id,
                    items.filter((x) => x.message.trim()),
                  ),
                '已通知当事人补正',
              )
            }
          >
            发送补正通知
          </Button>
          <Button className='btn' onClick={() => setMode('none')}>
            返回
          </Button>
        </View>
      ) : null}
      {mode === 'decline' ? (
        <View className='card'>
          <Textarea
            className='textarea'
            id='decline-reason'
            nativeProps={{ 'aria-label': '不予受理的理由' }}
            placeholder='写明不予受理的理由和依据（当事人可以看到）'
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
          <Button
            className='btn btn--primary'
            id='confirm-decline'
            disabled={busy}
            onClick={() => act(() => reviewApi.decline(f.id, reason), '已作出不予受理决定')}
          >
            确认不予受理
          </Button>
          <Button className='btn' onClick={() => setMode('none')}>
            返回
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
