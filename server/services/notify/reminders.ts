import { addDays } from '../../../domain/dates/addDays'
import { reviewClock } from '../../../domain/filing/reviewClock'
import type { Clock } from '../../clock'
import { shanghaiDay, shanghaiIso } from '../../clock'
import type { CourtsRepository } from '../../repositories/courts'
import type { DeliveryRepository } from '../../repositories/delivery'
import type { HearingsRepository } from '../../repositories/hearings'
import type { RemindersRepository } from '../../repositories/reminders'
import { halfDayLabel } from '../hearings/labels'
import type { Notifier, OutboundMessage } from '../notify'

/** An unread served document is reminded after this many days (to the party, and as a task for the clerk who issued it). */
export const UNREAD_REMINDER_DAYS = 3
/** A filing still under review is brought to the judges' attention when this many days of its 7-day review are left. */
export const REVIEW_REMINDER_DAYS_LEFT = 2

export interface RemindersDeps {
  reminders: RemindersRepository
  hearings: HearingsRepository
  delivery: DeliveryRepository
  courts: CourtsRepository
  notifier: Notifier
  /** 在线调解's own day-before reminders (each booking marked once). */
  mediation: { remindAllTomorrow(): Promise<{ reminded: number }> }
  clock: Clock
}

/** Puts one reminder in the outbox (1 when it is new, 0 when its key was already there), and the court's name and phone. */
function helpers(deps: RemindersDeps) {
  const send = async (m: OutboundMessage) => {
    const r = await deps.notifier.send(m)
    return r.ok && !r.duplicate ? 1 : 0
  }
  const courtLine = async (courtId: string) => {
    const court = await deps.courts.byId(courtId)
    return { name: court?.name ?? '人民法院', phone: court?.phone ?? '12368' }
  }

  return { send, courtLine }
}

/** The day before a hearing: every party, by SMS to the mobile they filed and WeChat to each of their verified accounts. */
async function hearingEve(deps: RemindersDeps, today: string) {
  const { send, courtLine } = helpers(deps)
  let created = 0
  for (const h of await deps.reminders.hearingsOn(addDays(today, 1))) {
    const f = await deps.reminders.filing(h.case_id)
    if (!f) continue
    const court = await courtLine(f.target_court_id)
    const parties = await deps.hearings.parties(f.id)
    const accounts = await deps.hearings.accountsOf(parties.map((p) => p.id_key))
    const when = halfDayLabel(h.date, h.half)
    const data = { caseNumber: f.case_number ?? '', caseId: f.id, date: h.date, when }
    for (const p of parties) {
      const text = `【${court.name}】${p.name}您好：${f.case_number ?? '您的'}案件定于明天（${when}）开庭，请携带身份证件按传票所载地点准时到庭。咨询电话${court.phone}。`
      const base = { courtId: f.target_court_id, template: 'hearing-eve', text, data: { ...data, name: p.name } }
      if (p.mobile) created += await send({ ...base, channel: 'sms', to: p.mobile, key: `hearing-eve:${h.id}:sms:${p.mobile}` })
      for (const a of accounts.filter((x) => x.id_number?.toUpperCase() === p.id_key)) {
        const to = a.openid ?? a.id
        created += await send({ ...base, channel: 'wechat', to, userId: a.id, key: `hearing-eve:${h.id}:wechat:${a.id}` })
      }
    }
  }
  return created
}

/** A document served 3 or more days ago (within a week) and not yet opened: the party by WeChat, the issuing clerk as a task. */
async function unreadDocuments(deps: RemindersDeps, now: Date) {
  const { send, courtLine } = helpers(deps)
  let created = 0
  const day = 24 * 3600_000
  const to = shanghaiIso(new Date(now.getTime() - UNREAD_REMINDER_DAYS * day))
  const from = shanghaiIso(new Date(now.getTime() - (UNREAD_REMINDER_DAYS + 7) * day))
  for (const d of await deps.reminders.unopenedDocuments(from, to)) {
    const court = await courtLine(d.court_id)
    const data = { title: d.title, documentId: d.id, name: d.recipient_name }
    const text = `【${court.name}】${d.recipient_name}您好：法院${UNREAD_REMINDER_DAYS}天前向您送达的${d.title}您还没有查看，请在微信中打开“移动微法院”小程序，点“我的文书”查看。咨询电话${court.phone}。`
    for (const a of await deps.delivery.accountsOf(d.recipient_id_key)) {
      created += await send({
        channel: 'wechat',
        to: a.openid ?? a.id,
        userId: a.id,
        courtId: d.court_id,
        template: 'service-unread',
        text,
        data,
        documentId: d.id,
        key: `unread:${d.id}:wechat:${a.id}`,
      })
    }
    const task = `${d.recipient_name}尚未查看${UNREAD_REMINDER_DAYS}天前送达的${d.title}，请电话联系或改用其他方式送达。`
    created += await send({
      channel: 'inbox',
      to: d.issued_by,
      userId: d.issued_by,
      courtId: d.court_id,
      template: 'service-unread-task',
      text: task,
      data,
      documentId: d.id,
      key: `unread:${d.id}:inbox:${d.issued_by}`,
    })
  }
  return created
}

/** A filing with two days of its 7-day review left: a task for its judge, or for every judge of the court before one is assigned. */
async function reviewDue(deps: RemindersDeps, today: string) {
  const { send } = helpers(deps)
  let created = 0
  for (const f of await deps.reminders.filingsUnderReview()) {
    if (!f.review_started_on) continue
    const clock = reviewClock(f.review_started_on, today)
    if (clock.daysLeft > REVIEW_REMINDER_DAYS_LEFT || clock.overdue) continue
    const judges = f.judge_id ? [{ id: f.judge_id }] : await deps.reminders.judgesOf(f.target_court_id)
    const text = `立案申请${f.filing_number ?? ''}的审查期限${clock.due}届满，还剩${clock.daysLeft}天，请及时作出是否立案的决定。`
    for (const j of judges) {
      const data = { filingId: f.id, filingNumber: f.filing_number ?? '', due: clock.due }
      created += await send({
        channel: 'inbox',
        to: j.id,
        userId: j.id,
        courtId: f.target_court_id,
        template: 'filing-review-due',
        text,
        data,
        key: `review-due:${f.id}:inbox:${j.id}`,
      })
    }
  }
  return created
}

/**
 * The reminders nobody has to ask for, each created once: every message carries a natural key
 * (what it reminds of, the channel and the recipient) that is unique in the outbox, so several
 * processes running the schedule at once create it once, and running it again changes nothing.
 */
export function remindersService(deps: RemindersDeps) {
  return {
    hearingEve: (today: string) => hearingEve(deps, today),
    unreadDocuments: (now: Date) => unreadDocuments(deps, now),
    reviewDue: (today: string) => reviewDue(deps, today),
    /** Every reminder due now; safe to run as often as one likes, from as many processes. */
    async runAll() {
      const now = deps.clock.now()
      const today = shanghaiDay(now)
      return {
        hearings: await hearingEve(deps, today),
        mediations: (await deps.mediation.remindAllTomorrow()).reminded,
        unread: await unreadDocuments(deps, now),
        review: await reviewDue(deps, today),
      }
    },
  }
}
export type RemindersService = ReturnType<typeof remindersService>
