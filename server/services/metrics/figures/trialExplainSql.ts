import { sql, type Expression, type SqlBool } from 'kysely'
import type { ExplainSide, TrialExplainItem, TrialFigure } from '../../../../contract/metrics'
import { dueDate } from '../../../../domain/periods/dueDate'
import type { MetricPeriod } from '../../../../domain/metrics/types'
import type { Engine } from '../../../db/connect'
import type { Q } from '../../../db/query'
import { decodeCursor, encodeCursor, type Keyset } from './cursor'
import { secondsBetween } from './trialSql'
import { dayText } from './words'

const NAMES: Readonly<Record<TrialFigure, [string, string, string]>> = {
  closureRate: ['结案率', '期间内结案的案件', '期间内受理的案件'],
  withinLimitRate: ['审限内结案率', '审限内结案的案件', '期间内结案的案件'],
  averageTrialDays: ['平均审理天数', '期间内结案的案件（审理天数相加）', '期间内结案的案件'],
  reviewOnTimeRate: ['立案审查按期率', '七日内审查完毕的立案申请', '期间内审查完毕的立案申请'],
  mediationSuccessRate: ['诉前调解成功率', '达成调解协议的诉前调解', '期间内结束的诉前调解'],
  deliveredWithinDayRate: ['电子送达一日内送达率', '发出后一日内送达的文书', '期间内电子送达的文书'],
}

export interface TrialExplainAsk {
  figure: TrialFigure
  side: ExplainSide
  cursor?: string
  limit: number
}

interface Row {
  id: string
  link_id: string
  number: string | null
  day: string
  started: string
  ended: string | null
  flag: number
}

const courtsIn = (ids: readonly string[]) => (ids.length === 0 ? ['-'] : [...ids])
const after = (k: Keyset | null, day: Expression<string>, id: Expression<string>) =>
  k ? sql<SqlBool>`(${day} > ${k.day} or (${day} = ${k.day} and ${id} > ${k.id}))` : sql<SqlBool>`(1 = 1)`
const truth = sql<SqlBool>`(1 = 1)`

interface Ask {
  q: Q
  engine: Engine
  courts: string[]
  period: MetricPeriod
  k: Keyset | null
  limit: number
  ask: TrialExplainAsk
}
interface Part {
  kind: TrialExplainItem['kind']
  rows: Row[]
  numerator: number
  denominator: number
  note: (r: Row) => string
}

async function casesPart(a: Ask): Promise<Part> {
  const { q, courts, period, k, limit, ask } = a
  const cases = () =>
    q
      .selectFrom('filings')
      .where('kind', '=', 'civil-first')
      .where('status', '=', 'accepted')
      .where('target_court_id', 'in', courts)
      .where('decided_on', '<=', period.to)
  const accepted = Number(
    (
      await cases()
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
  // Nothing is closed: every side but 结案率's 受理 is empty, and so are the closed counts.
  const denominator = ask.figure === 'closureRate' ? accepted : 0
  const listed = ask.figure === 'closureRate' && ask.side === 'denominator'
  const rows = listed
    ? ((await cases()
        .select([
          'id',
          'id as link_id',
          'case_number as number',
          'decided_on as day',
          'decided_on as started',
          sql<null>`null`.as('ended'),
          sql<number>`0`.as('flag'),
        ])
        .where(after(k, sql.ref('decided_on'), sql.ref('id')))
        .orderBy('decided_on')
        .orderBy('id')
        .limit(limit)
        .execute()) as Row[])
    : []
  const note = () => '已立案，本系统尚未记录结案'
  return { kind: 'case', rows, numerator: 0, denominator, note }
}

async function filingsPart(a: Ask): Promise<Part> {
  const { q, courts, period, k, limit, ask } = a
  const received = sql<string>`substr(submitted_at, 1, 10)`
  const decided = () =>
    q
      .selectFrom('filings')
      .where('target_court_id', 'in', courts)
      .where('submitted_at', 'is not', null)
      .where('decided_on', '>=', period.from)
      .where('decided_on', '<=', period.to)
  const days = await decided().select(received.as('received')).distinct().execute()
  // The 7-day limit knows holidays, so it is judged here once per receipt day and handed back as SQL.
  const onTime = days.length
    ? sql<SqlBool>`(${sql.join(
        days.map((d) => sql`(${received} = ${d.received} and decided_on <= ${dueDate({ rule: 'filing-review', from: d.received }).due})`),
        sql` or `,
      )})`
    : sql<SqlBool>`(1 = 0)`
  const counts = await decided()
    .select([sql<number>`count(*)`.as('all'), sql<number>`sum(case when ${onTime} then 1 else 0 end)`.as('ok')])
    .executeTakeFirstOrThrow()
  const numerator = Number(counts.ok ?? 0)
  const denominator = Number(counts.all ?? 0)
  const rows = (await decided()
    .select([
      'id',
      'id as link_id',
      'case_number as number',
      'decided_on as day',
      received.as('started'),
      'decided_on as ended',
      sql<number>`case when ${onTime} then 1 else 0 end`.as('flag'),
    ])
    .where(ask.side === 'numerator' ? onTime : truth)
    .where(after(k, sql.ref('decided_on'), sql.ref('id')))
    .orderBy('decided_on')
    .orderBy('id')
    .limit(limit)
    .execute()) as Row[]
  const note = (r: Row) => `${dayText(r.started)}收到，${dayText(r.ended!)}审查完毕，${r.flag === 1 ? '在七日内' : '超过七日'}`
  return { kind: 'filing', rows, numerator, denominator, note }
}

async function mediationsPart(a: Ask): Promise<Part> {
  const { q, courts, period, k, limit, ask } = a
  const day = sql<string>`substr(outcome_at, 1, 10)`
  const closed = () =>
    q
      .selectFrom('mediations')
      .where('stage', '=', 'pre-filing')
      .where('court_id', 'in', courts)
      .where('outcome_at', 'is not', null)
      .where(sql<SqlBool>`${day} >= ${period.from} and ${day} <= ${period.to}`)
  const agreed = sql<SqlBool>`outcome = 'agreement'`
  const counts = await closed()
    .select([sql<number>`count(*)`.as('all'), sql<number>`sum(case when ${agreed} then 1 else 0 end)`.as('ok')])
    .executeTakeFirstOrThrow()
  const numerator = Number(counts.ok ?? 0)
  const denominator = Number(counts.all ?? 0)
  const rows = (await closed()
    .select([
      'id',
      'id as link_id',
      'number',
      day.as('day'),
      'requested_on as started',
      day.as('ended'),
      sql<number>`case when ${agreed} then 1 else 0 end`.as('flag'),
    ])
    .where(ask.side === 'numerator' ? agreed : truth)
    .where(after(k, day, sql.ref('id')))
    .orderBy(day)
    .orderBy('id')
    .limit(limit)
    .execute()) as Row[]
  const note = (r: Row) => (r.flag === 1 ? `${dayText(r.ended!)}达成调解协议` : `${dayText(r.ended!)}调解结束，未达成协议`)
  return { kind: 'mediation', rows, numerator, denominator, note }
}

async function servicesPart(a: Ask): Promise<Part> {
  const { q, engine, courts, period, k, limit, ask } = a
  const day = sql<string>`substr(d.issued_at, 1, 10)`
  const firstDelivered = q
    .selectFrom('service_events')
    .select(['document_id', sql<string>`min(at)`.as('at')])
    .where('type', '=', 'delivered')
    .groupBy('document_id')
    .as('e')
  const within = sql<SqlBool>`(e.at is not null and ${secondsBetween(engine, 'd.issued_at', 'e.at')} <= 86400)`
  const sent = () =>
    q
      .selectFrom('service_documents as d')
      .leftJoin(firstDelivered, 'e.document_id', 'd.id')
      .where('d.method', '=', 'electronic')
      .where('d.court_id', 'in', courts)
      .where(sql<SqlBool>`${day} >= ${period.from} and ${day} <= ${period.to}`)
  const counts = await sent()
    .select([sql<number>`count(*)`.as('all'), sql<number>`sum(case when ${within} then 1 else 0 end)`.as('ok')])
    .executeTakeFirstOrThrow()
  const numerator = Number(counts.ok ?? 0)
  const denominator = Number(counts.all ?? 0)
  const rows = (await sent()
    .innerJoin('filings as fl', 'fl.id', 'd.case_id')
    .select([
      'd.id',
      'd.case_id as link_id',
      'fl.case_number as number',
      day.as('day'),
      day.as('started'),
      sql<string | null>`substr(e.at, 1, 10)`.as('ended'),
      sql<number>`case when ${within} then 1 else 0 end`.as('flag'),
    ])
    .where(ask.side === 'numerator' ? within : truth)
    .where(after(k, day, sql.ref('d.id')))
    .orderBy(day)
    .orderBy('d.id')
    .limit(limit)
    .execute()) as Row[]
  const note = (r: Row) => (r.flag === 1 ? '发出后一日内送达' : r.ended ? `${dayText(r.ended)}送达，超过一日` : '尚未送达')
  return { kind: 'service', rows, numerator, denominator, note }
}

/**
 * The records behind one side of a trial figure, a page at a time, under the same conditions as
 * trialFiguresSql. No trial case is closed yet (the product records no 结案), so the closure
 * figures' closed side is empty and their 受理 side lists the docketed cases.
 */
export async function explainTrialSql(q: Q, engine: Engine, courtIds: readonly string[], period: MetricPeriod, ask: TrialExplainAsk) {
  const k = decodeCursor(ask.cursor)
  const [name, top, bottom] = NAMES[ask.figure]
  const title = `${name}的${ask.side === 'numerator' ? '分子' : '分母'}：${ask.side === 'numerator' ? top : bottom}`
  const a: Ask = { q, engine, courts: courtsIn(courtIds), period, k, limit: ask.limit + 1, ask }
  const part =
    ask.figure === 'reviewOnTimeRate'
      ? filingsPart
      : ask.figure === 'mediationSuccessRate'
        ? mediationsPart
        : ask.figure === 'deliveredWithinDayRate'
          ? servicesPart
          : casesPart
  const { kind, rows, numerator, denominator, note } = await part(a)
  const shown = rows.slice(0, ask.limit)
  const last = shown[shown.length - 1]
  const fallback = kind === 'mediation' ? '诉前调解' : '立案申请'
  const items: TrialExplainItem[] = shown.map((r) => ({
    kind,
    id: r.id,
    linkId: r.link_id,
    caseNumber: r.number ?? fallback,
    startedOn: r.started,
    endedOn: r.ended,
    note: note(r),
  }))
  return {
    title,
    numerator,
    denominator,
    total: ask.side === 'numerator' ? numerator : denominator,
    items,
    nextCursor: rows.length > ask.limit && last ? encodeCursor({ day: last.day, id: last.id }) : null,
  }
}
