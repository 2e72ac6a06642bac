import type { CaseMessage, MessageThread, UnansweredCase } from '../../contract/messages'
import { http } from './client'

export type { CaseMessage, MessageThread, UnansweredCase } from '../../contract/messages'

export const messagesApi = {
  thread: (caseId: string) => http.get<MessageThread>(`/cases/${caseId}/messages`).then((r) => r.data),
  post: (caseId: string, body: string) => http.post<CaseMessage>(`/cases/${caseId}/messages`, { body }).then((r) => r.data),
  unanswered: () => http.get<UnansweredCase[]>('/messages/unanswered').then((r) => r.data),
}
