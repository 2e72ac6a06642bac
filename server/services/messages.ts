import type { PageQuery } from '../../contract/common'
import type { Clock } from '../clock'
import { pageRequest } from '../db/page'
import type { Transact } from '../db/query'
import { shanghaiIso } from '../clock'
import { badRequest, forbidden } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { CaseMessageRow, MessagesRepository } from '../repositories/messages'
import type { UsersRepository } from '../repositories/users'
import { PARTY_ROLES, type Actor } from '../auth/actor'
import type { CaseKernel } from './cases/caseKernel'

/** Who answers for the court: the judges and clerks of the court hearing the case. */
const COURT_ROLES: readonly string[] = ['judge', 'clerk']
const ROLE_TITLES: Record<string, string> = { litigant: '当事人', agent: '代理人', judge: '法官', clerk: '书记员' }

/** The history entry of a posted message: who, which message and how long, never what it says. */
const postedEntry = (actorId: string, row: CaseMessageRow) => ({
  actorId,
  action: 'message.posted',
  subject: `case-messages:${row.filing_id}`,
  detail: { messageId: row.id, length: row.body.length },
  at: row.created_at,
})

interface CaseRef {
  id: string
  status: string
  caseNumber: string | null
}

/**
 * 联系法官: a party of an accepted case leaves a message, and the judge or clerk of the court
 * hearing it replies in the same thread. Who is a party is decided by the case kernel
 * (the filer, or a verified identity the filing names), so the two can never disagree.
 */
export function messagesService(deps: {
  messages: MessagesRepository
  cases: CaseKernel
  users: UsersRepository
  audit: AuditRepository
  transact: Transact
  clock: Clock
}) {
  const { messages, cases, users, audit, transact, clock } = deps
  const nowIso = () => shanghaiIso(clock.now())

  async function caseFor(actor: Actor, id: string): Promise<CaseRef> {
    const f = PARTY_ROLES.includes(actor.role) ? await cases.loadVisible(actor, id) : await cases.load(id, '找不到这个案件')
    // Only the court that hears the case answers for it; a court that merely received a cross-region filing does not.
    if (!PARTY_ROLES.includes(actor.role) && !cases.isHearingCourt(actor, f, COURT_ROLES)) throw forbidden('这个案件不属于本院，无法查看当事人留言')
    return { id: f.id, status: f.status, caseNumber: f.case_number }
  }

  async function present(actor: Actor, rows: CaseMessageRow[]) {
    const names = new Map((await users.byIds([...new Set(rows.map((r) => r.author_id))])).map((u) => [u.id, u.display_name]))
    return rows.map((r) => ({
      id: r.id,
      body: r.body,
      createdAt: r.created_at,
      side: PARTY_ROLES.includes(r.author_role) ? ('party' as const) : ('court' as const),
      authorName: names.get(r.author_id) ?? '',
      authorTitle: ROLE_TITLES[r.author_role] ?? '',
      mine: r.author_id === actor.sub,
    }))
  }

  return {
    /** The thread, oldest first; reading it marks the other side's messages as read. */
    async thread(actor: Actor, id: string) {
      const c = await caseFor(actor, id)
      const rows = await messages.thread(c.id)
      const at = nowIso()
      if (PARTY_ROLES.includes(actor.role)) await messages.markReadByParty(c.id, PARTY_ROLES, at)
      else await messages.markReadByStaff(c.id, PARTY_ROLES, at)
      return { caseId: c.id, caseNumber: c.caseNumber, status: c.status, canPost: c.status === 'accepted', messages: await present(actor, rows) }
    },

    async post(actor: Actor, id: string, body: string) {
      const c = await caseFor(actor, id)
      if (c.status !== 'accepted') throw badRequest('MESSAGE_CASE_NOT_ACCEPTED', '案件立案后才能给法官留言，立案前请拨打12368咨询', 'id')
      const text = body.trim()
      if (!text) throw badRequest('MESSAGE_BODY_EMPTY', '请填写留言内容', 'body')
      const row: CaseMessageRow = {
        id: messages.newId(),
        filing_id: c.id,
        author_id: actor.sub,
        author_role: actor.role,
        body: text,
        created_at: nowIso(),
        read_by_staff_at: null,
        read_by_party_at: null,
      }
      // The message and its history entry in one transaction (which the request's Idempotency-Key joins).
      await transact(async (trx) => {
        await messages.insert(row, trx)
        // The body stays out of the audit log: the thread itself is the record of what was said.
        await audit.record(postedEntry(actor.sub, row), trx)
      })
      return (await present(actor, [row]))[0]
    },

    /** The court's cases whose latest message is a party's a page at a time, the longest waiting first. */
    async unanswered(actor: Actor, q: PageQuery = {}) {
      if (!COURT_ROLES.includes(actor.role) || !actor.courtId) throw forbidden('只有法官或书记员可以查看当事人留言')
      const { rows, next } = await messages.waitingPage(actor.courtId, pageRequest(q))
      const threads = await Promise.all(rows.map((f) => messages.since(f.id, f.awaiting_reply_since ?? '')))
      const lasts = threads.map((t) => t[t.length - 1])
      const names = new Map((await users.byIds([...new Set(lasts.flatMap((m) => (m ? [m.author_id] : [])))])).map((u) => [u.id, u.display_name]))
      const items = rows.flatMap((f, i) => {
        const last = lasts[i]
        if (!last) return []
        return [
          {
            caseId: f.id,
            caseNumber: f.case_number,
            mineAsJudge: f.judge_id === actor.sub,
            waiting: threads[i].filter((m) => PARTY_ROLES.includes(m.author_role)).length,
            lastMessage: { body: last.body, createdAt: last.created_at, authorName: names.get(last.author_id) ?? '' },
          },
        ]
      })
      return { items, next }
    },
  }
}
export type MessagesService = ReturnType<typeof messagesService>
