import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState, type ReactNode } from 'react'
import { consentFor } from '@domain/service/consentFor'
import { DOCUMENT_KIND_ORDER, DOCUMENT_KINDS, type ServiceDocumentKind } from '@domain/service/documentKinds'
import { newIdempotencyKey } from '../../../../../api/request'
import { toApiError } from '../../../../../api/errors'
import { serviceApi, uploadPdf, type CaseStatus } from '../../../../../api/service'
import { Field } from '../../../../../components/Field/Field'
import { PageShell } from '../../../../../components/PageShell/PageShell'
import { sideName } from '../../../../../utils/filingLabels'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import '../../../../service/chips.scss'
import './index.scss'

async function choosePdf(): Promise<{ path: string; name: string } | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = 'application/pdf'
      input.onchange = () => {
        const f = input.files?.[0]
        resolve(f ? { path: URL.createObjectURL(f), name: f.name } : null)
      }
      input.click()
    })
  }
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
  const f = res.tempFiles[0]
  return f ? { path: f.path, name: f.name } : null
}

function Chip(p: { id: string; on: boolean; disabled?: boolean; children: ReactNode; onClick: () => void }) {
  return (
    <View id={p.id} className={`pick${p.on ? ' pick--on' : ''}${p.disabled ? ' pick--off' : ''}`} onClick={p.disabled ? undefined : p.onClick}>
      {p.children}
    </View>
  )
}

/** Issue a document to chosen parties: the kind, the hearing for a 传票, the PDF for a judgment, or a 公告送达 record. */
export default function IssueDocument() {
  const { params } = useRouter()
  const caseId = params.id ?? ''
  const [data, setData] = useState<CaseStatus | null>(null)
  const [kind, setKind] = useState<ServiceDocumentKind>(FIRST_KIND)
  const [recipients, setRecipients] = useState<number[]>([])
  const [publicNotice, setPublicNotice] = useState(false)
  // To the account of a party who has confirmed no address: served only once read or signed (在线诉讼规则第三十一条第二款).
  const [unconfirmed, setUnconfirmed] = useState(false)
  const [hearing, setHearing] = useState({ date: '', time: '09:00', roomId: '' })
  const [notice, setNotice] = useState({ publishedOn: '', medium: '人民法院公告网' })
  const [file, setFile] = useState<{ id: string; name: string } | null>(null)
  const [appealable, setAppealable] = useState(false)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [key, setKey] = useState(newIdempotencyKey)

  useEffect(() => {
    serviceApi.caseStatus(caseId).then(
      (d) => {
        setData(d)
        setRecipients(servable(d, FIRST_KIND))
        setHearing((h) => ({ ...h, roomId: d.rooms[0]?.id ?? '' }))
      },
      (e) => setError({ message: toApiError(e).message }),
    )
  }, [caseId])

  // Any change makes it a new request; the same form sent twice keeps its key.
  useEffect(() => setKey(newIdempotencyKey()), [kind, recipients, publicNotice, unconfirmed, hearing, notice, file, appealable])

  if (!data)
    return (
      <PageShell testId='service-issue'>
        {error ? <View className='banner banner--error'>{error.message}</View> : <View className='card'>正在读取……</View>}
      </PageShell>
    )

  const upload = async () => {
    setError(null)
    try {
      const chosen = await choosePdf()
      if (!chosen) return
      setBusy(true)
      setFile(await uploadPdf(chosen.path, chosen.name))
    } catch (err) {
      setError({ message: toApiError(err).message, field: 'fileId' })
    } finally {
      setBusy(false)
    }
  }

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const res = await serviceApi.issue(
        caseId,
        {
          kind,
          recipients,
          method: publicNotice ? 'public-notice' : unconfirmed ? 'electronic-unconfirmed' : 'electronic',
          ...(kind === 'summons' ? { hearing } : {}),
          ...(DOCUMENT_KINDS[kind].source === 'upload' && file ? { fileId: file.id } : {}),
          ...(kind === 'ruling' ? { appealable } : {}),
          ...(publicNotice ? { publicNotice: notice } : {}),
        },
        key,
      )
      void Taro.showToast({ title: `已发出${res.documents.length}份`, icon: 'success' })
      setTimeout(() => void Taro.navigateBack(), 800)
    } catch (err) {
      const e = toApiError(err)
      setError({ message: e.message, field: e.field })
    } finally {
      setBusy(false)
    }
  }

  const fieldError = (f: string) => (error?.field === f ? error.message : null)
  return (
    <PageShell testId='service-issue'>
      <Text className='title'>发送文书</Text>
      <Text className='muted'>{data.caseNumber}</Text>
      <View className='card'>
        <Text className='iss__h'>文书种类</Text>
        <View className='iss__chips'>
          {DOCUMENT_KIND_ORDER.map((k) => (
            <Chip
              key={k}
              id={`kind-${k}`}
              on={k === kind}
              onClick={() => {
                setKind(k)
                setRecipients(servable(data, k))
              }}
            >
              {DOCUMENT_KINDS[k].name}
            </Chip>
          ))}
        </View>
      </View>
      <View className='card'>
        <Text className='iss__h'>送达给</Text>
        {data.parties.map((p) => {
          const consent = consentFor(p.address, kind)
          const on = recipients.includes(p.idx)
          return (
            <Chip key={p.idx} id={`rcpt-${p.idx}`} on={on} onClick={() => setRecipients(on ? recipients.filter((x) => x !== p.idx) : [...recipients, p.idx])}>
              <Text className='iss__who'>
                {sideName(p.side)}：{p.name}
              </Text>
              {!publicNotice && !unconfirmed ? (
                <Text className={consent.ok ? 'chip chip--green' : 'chip chip--red'}>{consent.ok ? '可以电子送达' : `${consent.message}，不能电子送达`}</Text>
              ) : null}
            </Chip>
          )
        })}
        <FieldError message={error?.field?.startsWith('recipients') ? error.message : null} />
        {!publicNotice && !unconfirmed && data.parties.some((p) => !consentFor(p.address, kind).ok) ? (
          <Text className='iss__note' id='paper-hint'>
            {`${data.parties
              .filter((p) => !consentFor(p.address, kind).ok)
              .map((p) => p.name)
              .join('、')}不能电子送达，所以没有替您勾选：可以打印后直接送达或邮寄送达，送达后回到案件页，点该当事人的「记录其他送达方式」登记送达日期和凭证。`}
          </Text>
        ) : null}
        {data.parties.some((p) => !p.address && p.hasAccount) ? (
          <Chip
            id='method-unconfirmed'
            on={unconfirmed}
            onClick={() => {
              setUnconfirmed(!unconfirmed)
              setPublicNotice(false)
            }}
          >
            <Text>发到对方的移动微法院账号（对方没有确认送达地址：对方阅读或签收后才算送达）</Text>
          </Chip>
        ) : null}
        <Chip
          id='method-public'
          on={publicNotice}
          onClick={() => {
            setPublicNotice(!publicNotice)
            setUnconfirmed(false)
          }}
        >
          <Text>公告送达（受送达人下落不明）</Text>
        </Chip>
      </View>
      {kind === 'summons' ? (
        <View className='card'>
          <Text className='iss__h'>开庭时间和地点</Text>
          <Field
            name='hearingDate'
            label='开庭日期'
            value={hearing.date}
            placeholder='例如 2026-12-10'
            maxlength={10}
            onInput={(v) => setHearing({ ...hearing, date: v })}
            error={fieldError('hearing.date')}
            hint='至少在开庭三日前送达（《民事诉讼法》第一百三十九条）'
          />
          <Field
            name='hearingTime'
            label='开庭时间'
            value={hearing.time}
            placeholder='例如 09:00'
            maxlength={5}
            onInput={(v) => setHearing({ ...hearing, time: v })}
            error={fieldError('hearing.time')}
          />
          <View className='iss__chips'>
            {data.rooms.map((r) => (
              <Chip key={r.id} id={`room-${r.id}`} on={hearing.roomId === r.id} onClick={() => setHearing({ ...hearing, roomId: r.id })}>
                {r.name}
              </Chip>
            ))}
          </View>
          <FieldError message={fieldError('hearing.roomId')} />
        </View>
      ) : null}
      {DOCUMENT_KINDS[kind].source === 'upload' ? (
        <View className='card'>
          <Text className='iss__h'>盖章后的{DOCUMENT_KINDS[kind].name}（PDF）</Text>
          {file ? <Text id='file-name'>已上传：{file.name}</Text> : null}
          <Button className='btn' id='pick-pdf' disabled={busy} onClick={upload}>
            {file ? '换一个文件' : '选择 PDF 文件'}
          </Button>
          <FieldError message={fieldError('fileId')} />
          {kind === 'ruling' ? (
            <Chip id='appealable' on={appealable} onClick={() => setAppealable(!appealable)}>
              <Text>本裁定可以上诉（不予受理、驳回起诉、管辖权异议）</Text>
            </Chip>
          ) : null}
        </View>
      ) : null}
      {publicNotice ? (
        <View className='card'>
          <Text className='iss__h'>公告</Text>
          <Field
            name='publishedOn'
            label='公告日期'
            value={notice.publishedOn}
            placeholder='例如 2026-11-25'
            maxlength={10}
            onInput={(v) => setNotice({ ...notice, publishedOn: v })}
            error={fieldError('publicNotice.publishedOn')}
            hint='自公告之日起经过三十日，视为送达（《民事诉讼法》第九十五条）；受送达人在境外的，经过六十日（第二百八十三条）'
          />
          <Field
            name='medium'
            label='刊登在'
            value={notice.medium}
            onInput={(v) => setNotice({ ...notice, medium: v })}
            error={fieldError('publicNotice.medium')}
          />
        </View>
      ) : null}
      {error &&
      !error.field?.startsWith('recipients') &&
      !['hearing.date', 'hearing.time', 'hearing.roomId', 'fileId', 'publicNotice.publishedOn', 'publicNotice.medium'].includes(error.field ?? '') ? (
        <View className='banner banner--error' id='issue-error'>
          {error.message}
        </View>
      ) : null}
      <Button className='btn btn--primary' id='issue-submit' disabled={busy || recipients.length === 0} onClick={submit}>
        {publicNotice ? '登记公告送达' : '发送'}
      </Button>
    </PageShell>
  )
}

/** The document a case's service usually starts with: 应诉通知书 with the complaint. */
const FIRST_KIND: ServiceDocumentKind = 'response-notice'

/**
 * Who is ticked to begin with: the defendants this document can reach electronically, by the
 * address they confirmed and the steps they consented to (在线诉讼规则第二十九条). Ticking someone
 * who confirmed nothing would only be refused; staff add them knowingly, for another kind of service.
 */
function servable(d: CaseStatus, kind: ServiceDocumentKind): number[] {
  return d.parties.filter((p) => p.side === 'defendant' && consentFor(p.address, kind).ok).map((p) => p.idx)
}
