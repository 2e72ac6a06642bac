import Taro from '@tarojs/taro'
import type { ErrorEnvelope } from '../../contract/common'
import type {
  AddressBody,
  CaseStatus,
  CaseSummary,
  DeliveryState,
  DocumentView,
  Inbox,
  IssueBody,
  IssueReply,
  MyAddress,
  PaperServiceBody,
  Proof,
} from '../../contract/delivery'
import type { FileInfo } from '../../contract/files'
import { getSession } from '../stores/session'
import { http } from './client'
import { nextCursorOf, pageOf } from './paging'
import { ApiError, NETWORK_MESSAGE } from './errors'

export type {
  CaseParty,
  CaseStatus,
  CaseSummary,
  DeliveryState as ServiceState,
  DocumentSms,
  DocumentView as ServiceDocument,
  Inbox,
  IssueBody as IssueInput,
  MyAddress,
  PaperServiceBody,
  PaperServiceView,
  Proof,
  RenderedDocument,
} from '../../contract/delivery'

/** H5 is served by the API server itself; the mini-program calls the registered HTTPS origin. */
const base = (process.env.TARO_ENV === 'h5' ? '' : process.env.TARO_APP_API_BASE || '') + '/api/v1'

export const serviceApi = {
  /** The first page of 我的文书 with the unread count of all of them (the tab's badge). */
  inbox: () => http.get<Inbox>('/service/inbox').then((r) => r.data),
  /** 我的文书 a page at a time, newest first; every page carries the unread count and the addresses to confirm. */
  inboxPage: (cursor?: string) => http.get<Inbox>('/service/inbox', { params: { cursor } }).then((r) => ({ inbox: r.data, next: nextCursorOf(r) })),
  addresses: () => http.get<MyAddress[]>('/service/addresses').then((r) => r.data),
  confirmAddress: (caseId: string, a: AddressBody) => http.put<MyAddress>(`/service/cases/${caseId}/address`, a).then((r) => r.data),
  document: (id: string) => http.get<DocumentView>(`/service/documents/${id}`).then((r) => r.data),
  open: (id: string) =>
    http.post<DocumentView>(`/service/documents/${id}/open`, undefined, { headers: { 'Idempotency-Key': `open-${id}` } }).then((r) => r.data),
  sign: (id: string) =>
    http.post<DocumentView>(`/service/documents/${id}/sign`, undefined, { headers: { 'Idempotency-Key': `sign-${id}` } }).then((r) => r.data),
  /** The court's follow-up list a page at a time, newest 立案 first. */
  cases: (cursor?: string) => http.get<CaseSummary[]>('/service/cases', { params: { cursor } }).then(pageOf),
  caseStatus: (id: string) => http.get<CaseStatus>(`/service/cases/${id}`).then((r) => r.data),
  /** `key` stays the same across retries of one form, so a second tap never serves the document twice. */
  issue: (caseId: string, input: IssueBody, key: string) =>
    http.post<IssueReply>(`/service/cases/${caseId}/documents`, input, { headers: { 'Idempotency-Key': key } }).then((r) => r.data),
  proof: (caseId: string) => http.get<Proof>(`/service/${caseId}/proof`).then((r) => r.data),
  /** 直接、邮寄或留置送达, recorded after the fact; `key` as for `issue`. */
  paperService: (documentId: string, input: PaperServiceBody, key: string) =>
    http.post<DocumentView>(`/service/documents/${documentId}/paper-service`, input, { headers: { 'Idempotency-Key': key } }).then((r) => r.data),
}

/** 11月25日 09:00 from a stored instant (always +08:00). */
export function formatInstant(iso: string | null): string {
  if (!iso) return ''
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`
}

export const STATE_LABELS: Record<DeliveryState, { text: string; tone: 'red' | 'orange' | 'green' | 'blue' }> = {
  undelivered: { text: '未送达', tone: 'red' },
  'public-notice': { text: '公告中', tone: 'blue' },
  unread: { text: '未读', tone: 'red' },
  read: { text: '已读，未签收', tone: 'orange' },
  signed: { text: '已签收', tone: 'green' },
  'served-on-paper': { text: '已纸质送达', tone: 'green' },
}

/**
 * Downloads with the bearer token (a plain link cannot carry it) and opens the result: the PDF
 * viewer in the mini-program, a new tab in H5 (which also shows the printable page).
 */
export async function openProtected(path: string, kind: 'pdf' | 'html'): Promise<void> {
  const token = getSession().token
  const res = await Taro.downloadFile({ url: `${base}${path}`, header: token ? { Authorization: `Bearer ${token}` } : {} }).catch(() => {
    throw new ApiError('NETWORK', NETWORK_MESSAGE, null)
  })
  if (res.statusCode !== 200) throw new ApiError(`HTTP_${res.statusCode}`, '文件没有打开，请稍后再试', res.statusCode)
  if (process.env.TARO_ENV === 'h5') {
    window.open(res.tempFilePath, '_blank')
    return
  }
  if (kind === 'pdf') await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf', showMenu: true })
}

/** Sends a chosen PDF (judgment, ruling, mediation statement) to POST /files; resolves with the file id. */
export function uploadPdf(filePath: string, name: string): Promise<Pick<FileInfo, 'id' | 'name'>> {
  const token = getSession().token
  return new Promise((resolve, reject) => {
    void Taro.uploadFile({
      url: `${base}/files`,
      filePath,
      name: 'file',
      formData: { name },
      header: token ? { Authorization: `Bearer ${token}` } : {},
      success: (res) => {
        let body: Partial<ErrorEnvelope & FileInfo> = {}
        try {
          body = JSON.parse(res.data) as typeof body
        } catch {
          // not JSON (a proxy's error page): the generic message below
        }
        if (res.statusCode === 201 && body.id) return resolve({ id: body.id, name: body.name ?? name })
        if (body.error) return reject(new ApiError(body.error.code, body.error.message, res.statusCode, body.error.field))
        reject(new ApiError(`HTTP_${res.statusCode}`, '上传没有成功，请稍后重试', res.statusCode))
      },
      fail: () => reject(new ApiError('NETWORK', NETWORK_MESSAGE, null)),
    })
  })
}

/** Where the 我的文书 tab sits in app.config.ts's tabBar list. */
export const INBOX_TAB_INDEX = 2

/**
 * Fetches the inbox summary and shows the unread count on the 我的文书 tab. Returns the cases whose
 * 送达地址确认书 the user still has to fill in. Failing quietly is fine: the badge is a hint.
 */
export async function refreshInboxBadge(): Promise<Inbox | null> {
  try {
    const inbox = await serviceApi.inbox()
    await showInboxBadge(inbox.unread)
    return inbox
  } catch {
    return null
  }
}

/** The unread count on the 我的文书 tab; no badge at zero. */
export async function showInboxBadge(unread: number): Promise<void> {
  if (unread > 0) await Taro.setTabBarBadge({ index: INBOX_TAB_INDEX, text: String(Math.min(unread, 99)) }).catch(() => undefined)
  else await Taro.removeTabBarBadge({ index: INBOX_TAB_INDEX }).catch(() => undefined)
}
