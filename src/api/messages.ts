import { http } from './client'

/** One message in a case's 联系法官 thread. */
export interface CaseMessage {
  id: string
  body: string
  createdAt: string
  /** 'party': a litigant or agent wrote it; 'court': the judge or clerk */
  side: 'party' | 'court'
  authorName: string
  /** 当事人 / 代理人 / 法官 / 书记员 */
  authorTitle: string
  mine: boolean
}

export interface MessageThread {
  caseId: string
  caseNumber: string | null
  status: string
  /** only accepted cases take new messages */
  canPost: boolean
  messages: CaseMessage[]
}

export interface UnansweredCase {
  caseId: string
  caseNumber: string | null
  mineAsJudge: boolean
  waiting: number
  lastMessage: { body: string; createdAt: string; authorName: string }
}

export const messagesApi = {
  thread: (caseId: string) => http.get<MessageThread>(`/cases/${caseId}/messages`).then((r) => r.data),
  post: (caseId: string, body: string) => http.post<CaseMessage>(`/cases/${caseId}/messages`, { body }).then((r) => r.data),
  unanswered: () => http.get<UnansweredCase[]>('/messages/unanswered').then((r) => r.data),
}
