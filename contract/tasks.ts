import { Type, type Static } from 'typebox'
import { Enum, Nullable } from './common'

/** 待办: the tasks the reminder schedule gives court staff, each pointing at the page where it is dealt with. */

/** What a task is about: a served document its party has not opened, or a filing near the end of its 7-day review. */
export const StaffTaskKind = Enum<'service-unread' | 'filing-review-due'>({ 'service-unread': true, 'filing-review-due': true })
export type StaffTaskKind = Static<typeof StaffTaskKind>

/** Where the task is dealt with: the 电子送达 page of the document's case, or the review page of the filing. */
export const StaffTaskTarget = Type.Object({
  page: Enum<'service-case' | 'filing-review'>({ 'service-case': true, 'filing-review': true }),
  /** the case id (service-case) or the filing id (filing-review) */
  id: Type.String(),
  /** the button's words, e.g. 查看送达情况 */
  label: Type.String(),
})
export type StaffTaskTarget = Static<typeof StaffTaskTarget>

export const StaffTask = Type.Object({
  id: Type.String(),
  kind: StaffTaskKind,
  /** the task in plain Chinese, as the reminder wrote it */
  text: Type.String(),
  /** when the reminder made it (ISO 8601, +08:00) */
  createdAt: Type.String(),
  /** when it was closed with 已处理; null while open */
  doneAt: Nullable(Type.String()),
  /** null when what it points at is gone */
  target: Nullable(StaffTaskTarget),
})
export type StaffTask = Static<typeof StaffTask>

/** GET /staff/tasks — the signed-in staff member's open tasks, newest first, a page at a time (PageQuery; the next page's place in X-Next-Cursor). */
export const StaffTaskList = Type.Object({
  /** every open task, also those beyond `items` */
  count: Type.Integer({ minimum: 0 }),
  /** the page's tasks: 20 unless asked, at most 100 */
  items: Type.Array(StaffTask),
})
export type StaffTaskList = Static<typeof StaffTaskList>

export const StaffTaskParams = Type.Object({ id: Type.String({ title: '待办编号', minLength: 1, maxLength: 64 }) })
export type StaffTaskParams = Static<typeof StaffTaskParams>
