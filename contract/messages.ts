import { Type, type Static } from 'typebox'
import { Enum, Nullable } from './common'

/** 联系法官: the parties of a case and the judges and clerks of its court, in one thread. */

/** One message in a case's thread. */
export const CaseMessage = Type.Object({
  id: Type.String(),
  body: Type.String(),
  createdAt: Type.String(),
  /** 'party': a litigant or agent wrote it; 'court': the judge or clerk */
  side: Enum<'party' | 'court'>({ party: true, court: true }),
  authorName: Type.String(),
  /** 当事人 / 代理人 / 法官 / 书记员 */
  authorTitle: Type.String(),
  mine: Type.Boolean(),
})
export type CaseMessage = Static<typeof CaseMessage>

export const MessageThread = Type.Object({
  caseId: Type.String(),
  caseNumber: Nullable(Type.String()),
  /** the filing's status */
  status: Type.String(),
  /** only accepted cases take new messages */
  canPost: Type.Boolean(),
  messages: Type.Array(CaseMessage),
})
export type MessageThread = Static<typeof MessageThread>

/** A case of the court whose parties wait for an answer. */
export const UnansweredCase = Type.Object({
  caseId: Type.String(),
  caseNumber: Nullable(Type.String()),
  mineAsJudge: Type.Boolean(),
  waiting: Type.Integer(),
  lastMessage: Type.Object({ body: Type.String(), createdAt: Type.String(), authorName: Type.String() }),
})
export type UnansweredCase = Static<typeof UnansweredCase>

/** POST /cases/:id/messages */
export const PostMessageBody = Type.Object({ body: Type.String({ title: '留言内容', minLength: 1, maxLength: 500 }) })
export type PostMessageBody = Static<typeof PostMessageBody>
