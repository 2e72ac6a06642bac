import type { CaseMessage, MessageThread, UnansweredCase } from '../../contract/messages'
import { http } from './client'
import { pageOf } from './paging'

export type { CaseMessage, MessageThread, UnansweredCase } from '../../contract/messages'

export const messagesApi = {
  thread: (caseId: string) => http.get<MessageThread>(`/cases/${caseId}/messages`).then((r) => r.data),
  post: (caseId: string, body: string) => http.post<CaseMessage>(`/cases/${caseId}/messages`, { body }).then((r) => r.data),
  /** The court's cases waiting for a reply a page at a time, the longest waiting first. */
  unanswered: (cursor?: string) => http.get<UnansweredCase[]>('/messages/unanswered', { params: { cursor } }).then(pageOf),
}
