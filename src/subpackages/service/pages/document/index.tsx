import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { toApiError } from '../../../../api/errors'
import { formatInstant, openProtected, serviceApi, STATE_LABELS, type ServiceDocument } from '../../../../api/service'
import { PageShell } from '../../../../components/PageShell/PageShell'
import '../../chips.scss'
import './index.scss'

const CHANNELS: Record<string, string> = { app: '移动微法院', sms: '短信', email: '电子邮箱' }

/** Reads one served document; opening it is recorded, and 签收 confirms receipt (在线诉讼规则 art. 33). */
export default function DocumentReader() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [doc, setDoc] = useState<ServiceDocument | null>(null)
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    serviceApi.document(id).then(
      (d) => {
        setDoc(d)
        // The addressee reading it is a receipt of its own; staff looking do not count.
        if (d.canSign && !d.openedAt) serviceApi.open(id).then(setDoc, () => undefined)
      },
      (err) => setBanner({ kind: 'error', text: toApiError(err).message }),
    )
  }, [id])

  const sign = async () => {
    setBusy(true)
    try {
      const d = await serviceApi.sign(id)
      setDoc(d)
      setBanner({ kind: 'ok', text: `已签收（${formatInstant(d.signedAt)}）` })
    } catch (err) {
      setBanner({ kind: 'error', text: toApiError(err).message })
    } finally {
      setBusy(false)
    }
  }

  const open = (kind: 'pdf' | 'html') =>
    openProtected(`/service/documents/${id}/${kind === 'pdf' ? 'file' : 'print'}`, kind).catch((err: unknown) =>
      setBanner({ kind: 'error', text: toApiError(err).message }),
    )

  if (!doc) {
    return (
      <PageShell testId='service-document'>
        {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : <View className='card'>正在打开文书……</View>}
      </PageShell>
    )
  }
  const label = STATE_LABELS[doc.state]
  const c = doc.content
  return (
    <PageShell testId='service-document'>
      {banner ? <View className={`banner banner--${banner.kind}`}>{banner.text}</View> : null}
      <View className='card doc__status'>
        <Text className={`chip chip--${label.tone}`} id='doc-state'>
          {label.text}
        </Text>
        {doc.servedOn ? (
          <Text className='doc__served' id='doc-served'>
            送达日期：{formatChineseDate(doc.servedOn.servedOn)}
            {doc.servedOn.deemed ? '（公告期满视为送达）' : doc.deliveredChannel ? `（${CHANNELS[doc.deliveredChannel] ?? doc.deliveredChannel}）` : ''}
          </Text>
        ) : null}
        {doc.deadline ? (
          <Text className='doc__deadline' id='doc-deadline'>
            {doc.deadline.name}：{doc.deadline.days}天，到{doc.deadline.due.slice(0, 4)}年{formatChineseDate(doc.deadline.due)}为止
            {doc.deadline.provisional ? '（预计）' : ''}
          </Text>
        ) : null}
        {doc.finalJudgment ? (
          <Text className='doc__deadline' id='doc-final'>
            本案适用小额诉讼程序，一审终审，不能上诉（《民事诉讼法》第一百六十五条）。
          </Text>
        ) : null}
        {doc.signedAt ? <Text className='muted'>您已于 {formatInstant(doc.signedAt)} 签收</Text> : null}
      </View>
      <View className='card doc__paper' id='doc-body'>
        <Text className='doc__title'>{c?.title ?? doc.title}</Text>
        <Text className='doc__no'>{doc.caseNumber}</Text>
        {c ? (
          <>
            {c.addressee ? <Text className='doc__p doc__p--to'>{c.addressee}：</Text> : null}
            {c.paragraphs.map((p, i) => (
              <Text key={i} className='doc__p'>
                {p}
              </Text>
            ))}
            {c.items.map((p, i) => (
              <Text key={`i${i}`} className='doc__p'>
                {i + 1}. {p}
              </Text>
            ))}
            <Text className='doc__sign'>{c.court}</Text>
            <Text className='doc__sign'>{c.dateLine}</Text>
          </>
        ) : (
          <>
            <Text className='doc__p'>
              这是法院盖章的{doc.kindName}（PDF 文件）：{doc.file?.name}
            </Text>
            <Button className='btn' id='open-pdf' onClick={() => void open('pdf')}>
              打开{doc.kindName}
            </Button>
          </>
        )}
      </View>
      {doc.canSign ? (
        <Button className='btn btn--primary doc__sign-btn' id='sign-btn' disabled={busy} onClick={sign}>
          我已阅读，签收
        </Button>
      ) : null}
      {process.env.TARO_ENV === 'h5' ? (
        <Button className='btn' id='print-btn' onClick={() => void open('html')}>
          打印 / 保存
        </Button>
      ) : null}
      {doc.receipt ? (
        <View className='card doc__receipt' id='doc-receipt'>
          <Text className='doc__receipt-code'>送达凭证编号：{doc.receipt.code}</Text>
          <Text className='muted'>
            {doc.signedAt ? '签收后' : '截至目前'}的送达记录已由法院电子签名。请记下或截图保存这个编号，日后可凭它核对法院的送达记录是否完整、未被改动。
          </Text>
        </View>
      ) : null}
      <Text className='muted doc__hash'>文书校验值：{doc.contentSha256.slice(0, 16)}…</Text>
    </PageShell>
  )
}
