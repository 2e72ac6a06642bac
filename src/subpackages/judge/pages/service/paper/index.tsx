import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { checkPaperService, type PaperServiceMode } from '@domain/service/checkPaperService'
import { DOCUMENT_KIND_ORDER, DOCUMENT_KINDS, type ServiceDocumentKind } from '@domain/service/documentKinds'
import { toApiError } from '../../../../../api/errors'
import type { FileInfo } from '../../../../../api/filings'
import { newIdempotencyKey } from '../../../../../api/request'
import { formatInstant, serviceApi, type CaseStatus, type PaperServiceBody, type ServiceDocument } from '../../../../../api/service'
import { ChoiceMark } from '../../../../../components/ChoiceMark/ChoiceMark'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { PageShell } from '../../../../../components/PageShell/PageShell'
import { sideName } from '../../../../../utils/filingLabels'
import { todayInShanghai } from '../../../../../utils/today'
import { FileUploader } from '../../../../filing/components/FileUploader'
import { PastDayField } from './PastDayField'
import './index.scss'

const MODES: Array<{ mode: PaperServiceMode; title: string; hint: string }> = [
  { mode: 'direct', title: '直接送达', hint: '把文书当面交给受送达人（或同住的成年家属、代理人），对方在送达回证上签名' },
  { mode: 'postal', title: '邮寄送达', hint: '用法院专递寄出，以回执或邮件记录上的签收日期为送达日期' },
  { mode: 'left', title: '留置送达', hint: '受送达人拒绝签收，请基层组织或单位的人见证，把文书留在其住所' },
]

const HAPPENED_LABEL: Record<PaperServiceMode, string> = { direct: '送达日期', postal: '寄出日期', left: '留置日期' }

/** Documents a new paper service can start from here: those the court writes from its templates (a 传票 needs its hearing, a judgment its PDF). */
const NEW_KINDS = DOCUMENT_KIND_ORDER.filter((k) => DOCUMENT_KINDS[k].source === 'template' && k !== 'summons')

/** A document of this party still to be served: not signed in the app, not yet recorded on paper, not by public notice. */
const open = (d: ServiceDocument, idx: number) => d.recipient.idx === idx && !d.paperService && d.state !== 'signed' && d.state !== 'public-notice'

/** The names typed in one line, split at 、，, or spaces. */
const names = (s: string) => s.split(/[、，,\s]+/).filter((x) => x.length > 0)

/**
 * 记录其他送达方式: the clerk records that one party was served on paper — 直接送达, 邮寄送达 or 留置送达 —
 * with the day and its proof, for a document already issued or one printed now. The rules run on
 * the phone first (checkPaperService), so a new document is issued only for a record that holds.
 */
export default function PaperService() {
  const { params } = useRouter()
  const caseId = params.id ?? ''
  const partyIdx = Number(params.party ?? '-1')
  const today = todayInShanghai()
  const [data, setData] = useState<CaseStatus | null>(null)
  const [docId, setDocId] = useState<string | null>(null)
  const [kind, setKind] = useState<ServiceDocumentKind>('response-notice')
  const [mode, setMode] = useState<PaperServiceMode | null>(null)
  const [happenedOn, setHappenedOn] = useState('')
  const [servedOn, setServedOn] = useState('')
  const [ems, setEms] = useState('')
  const [witnesses, setWitnesses] = useState('')
  const [receipt, setReceipt] = useState<FileInfo[]>([])
  const [record, setRecord] = useState<FileInfo[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The document printed for this record, once issued: a retry records on it instead of issuing another.
  const [issued, setIssued] = useState<string | null>(null)
  const [issueKey] = useState(newIdempotencyKey)
  const [key, setKey] = useState(newIdempotencyKey)

  useEffect(() => {
    serviceApi.caseStatus(caseId).then(
      (d) => {
        setData(d)
        setDocId(d.documents.find((x) => open(x, partyIdx))?.id ?? 'new')
      },
      (e) => setBanner(toApiError(e).message),
    )
  }, [caseId, partyIdx])
  // Any change makes it a new request; the same form sent twice keeps its key.
  useEffect(() => setKey(newIdempotencyKey()), [docId, mode, happenedOn, servedOn, ems, witnesses, receipt, record])

  const party = data?.parties.find((p) => p.idx === partyIdx)
  if (!data || !party)
    return (
      <PageShell testId='service-paper'>
        {banner || data ? (
          <View className='banner banner--error'>{banner ?? '没有找到这位当事人，请返回案件页重新选择'}</View>
        ) : (
          <View className='card'>正在读取……</View>
        )}
      </PageShell>
    )

  const docs = data.documents.filter((d) => open(d, partyIdx))
  const target = docId === 'new' ? null : docs.find((d) => d.id === docId)

  const body = (m: PaperServiceMode): PaperServiceBody => {
    const b: PaperServiceBody = { mode: m, happenedOn: happenedOn.trim() }
    if (m !== 'left' && receipt[0]) b.receiptFileId = receipt[0].id
    if (m === 'postal') {
      b.emsNumber = ems.trim()
      if (servedOn.trim()) b.servedOn = servedOn.trim()
    }
    if (m === 'left') {
      b.witnesses = names(witnesses)
      if (record[0]) b.recordFileId = record[0].id
    }
    return b
  }

  const submit = async () => {
    setBanner(null)
    const found: Record<string, string> = {}
    if (!docId) found.document = '请选择送达的是哪份文书'
    if (!mode) found.mode = '请选择送达方式'
    else {
      const checked = checkPaperService(body(mode), {
        kind: target ? target.kind : kind,
        issuedOn: target ? target.issuedAt.slice(0, 10) : today,
        today,
      })
      if (!checked.ok) for (const p of checked.problems) found[p.field] ??= p.message
    }
    setErrors(found)
    if (Object.keys(found).length > 0 || !mode) return
    setBusy(true)
    try {
      let id = target?.id ?? issued
      if (!id) {
        id = (await serviceApi.issue(caseId, { kind, recipients: [partyIdx], method: 'paper' }, issueKey)).documents[0].id
        setIssued(id)
      }
      await serviceApi.paperService(id, body(mode), key)
      void Taro.showToast({ title: '已登记', icon: 'success' })
      setTimeout(() => void Taro.navigateBack(), 800)
    } catch (err) {
      const e = toApiError(err)
      if (e.field && ['mode', 'happenedOn', 'servedOn', 'emsNumber', 'receiptFileId', 'witnesses', 'recordFileId'].includes(e.field))
        setErrors({ [e.field]: e.message })
      else setBanner(e.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell testId='service-paper'>
      <Text className='title'>记录其他送达方式</Text>
      <Text className='muted'>
        {data.caseNumber}，{sideName(party.side)}：{party.name}
      </Text>
      <View className='card'>
        <Text className='ps__h'>送达的文书</Text>
        {docs.map((d) => (
          <View key={d.id} id={`doc-${d.id}`} className={docId === d.id ? 'choice choice--on' : 'choice'} onClick={() => setDocId(d.id)}>
            <Text className='choice__title'>
              <ChoiceMark kind='radio' on={docId === d.id} />
              {d.title}
            </Text>
            <Text className='choice__hint'>{formatInstant(d.issuedAt)}发出，还没有送达</Text>
          </View>
        ))}
        <View id='doc-new' className={docId === 'new' ? 'choice choice--on' : 'choice'} onClick={() => setDocId('new')}>
          <Text className='choice__title'>
            <ChoiceMark kind='radio' on={docId === 'new'} />
            打印的新文书
          </Text>
          <Text className='choice__hint'>还没有在本系统发出的文书，登记时一并记入送达记录</Text>
        </View>
        {docId === 'new' ? (
          <View className='ps__chips'>
            {NEW_KINDS.map((k) => (
              <View key={k} id={`kind-${k}`} className={k === kind ? 'pick pick--on' : 'pick'} onClick={() => setKind(k)}>
                <Text>
                  <ChoiceMark kind='radio' on={k === kind} />
                  {DOCUMENT_KINDS[k].name}
                </Text>
              </View>
            ))}
          </View>
        ) : null}
        <FieldError message={errors.document} />
      </View>
      <View className='card'>
        <Text className='ps__h'>送达方式</Text>
        {MODES.map((m) => (
          <View key={m.mode} id={`mode-${m.mode}`} className={mode === m.mode ? 'choice choice--on' : 'choice'} onClick={() => setMode(m.mode)}>
            <Text className='choice__title'>
              <ChoiceMark kind='radio' on={mode === m.mode} />
              {m.title}
            </Text>
            <Text className='choice__hint'>{m.hint}</Text>
          </View>
        ))}
        <FieldError message={errors.mode} id='error-mode' />
      </View>
      {mode ? (
        <View className='card'>
          <Text className='ps__h'>日期和凭证</Text>
          <PastDayField name='happenedOn' label={HAPPENED_LABEL[mode]} value={happenedOn} today={today} error={errors.happenedOn} onChange={setHappenedOn} />
          {mode === 'postal' ? (
            <>
              <Field
                name='emsNumber'
                label='邮件号（详情单上的13位号码）'
                value={ems}
                maxlength={20}
                placeholder='两个字母、9位数字、两个字母'
                onInput={setEms}
                error={errors.emsNumber}
              />
              <PastDayField name='servedOn' label='签收日期（回执上的日子）' value={servedOn} today={today} error={errors.servedOn} onChange={setServedOn} />
            </>
          ) : null}
          {mode === 'left' ? (
            <Field
              name='witnesses'
              label='见证人姓名（几个人用顿号分开）'
              value={witnesses}
              maxlength={120}
              placeholder='例如 李村长、赵会计'
              onInput={setWitnesses}
              error={errors.witnesses}
            />
          ) : null}
          <Text className='ps__h'>
            {mode === 'direct' ? '签了名的送达回证照片' : mode === 'postal' ? '邮寄回执照片（有就拍）' : '留置过程的照片（没有见证人时必须拍）'}
          </Text>
          {mode === 'left' ? (
            <FileUploader idPrefix='record' files={record} onChange={(fs) => setRecord(fs.slice(-1))} />
          ) : (
            <FileUploader idPrefix='receipt' files={receipt} onChange={(fs) => setReceipt(fs.slice(-1))} />
          )}
          <FieldError message={mode === 'left' ? errors.recordFileId : errors.receiptFileId} id='error-file' />
        </View>
      ) : null}
      {banner ? (
        <View className='banner banner--error' id='paper-error'>
          {banner}
        </View>
      ) : null}
      <Button className='btn btn--primary' id='paper-submit' disabled={busy} onClick={submit}>
        保存送达记录
      </Button>
    </PageShell>
  )
}
