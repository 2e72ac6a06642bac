import { formatCaseNumber } from '../../../domain/cases/caseNumber'
import { calendarDayOf, formatCalendarDay } from '../../../domain/dates/calendarDay'
import type { OrdosComplaint, OrdosEnforcementCase, OrdosYear } from './generateOrdosYear'
import { ORDOS_COURTS } from './ordosCourts'
import { BACKGROUND, COMPLAINTS, day, type Draft, FROM, TO } from './ordosPlan'
import type { SeededRandom } from './seededRandom'

/** Sorts by filing day, numbers the cases per court and year, and writes the complaints about them. */
export function finish(drafts: Draft[], rnd: SeededRandom, workdayIn: (a: number, b: number) => number, isWd: (n: number) => boolean): OrdosYear {
  drafts.sort((a, b) => a.filed - b.filed)
  const seqs = new Map<string, number>()
  const fmt = (n: number) => formatCalendarDay(calendarDayOf(n))
  const cases: OrdosEnforcementCase[] = drafts.map((d, i) => {
    const filedOn = fmt(d.filed)
    const year = Number(filedOn.slice(0, 4))
    const key = `${d.court.code}${year}`
    const seq = (seqs.get(key) ?? 0) + 1
    seqs.set(key, seq)
    const c: OrdosEnforcementCase = {
      id: `ordos-${String(i + 1).padStart(6, '0')}`,
      courtId: d.court.id,
      caseNumber: formatCaseNumber({ year, courtCode: d.court.code, typeCode: '执', seq }),
      filedOn,
      hasProperty: d.hasProperty,
      appliedFen: d.appliedFen,
      recoveredFen: d.recoveredFen,
      agricultural: d.agricultural,
      enterprise: d.kind === 'enterprise',
      governmentDebtor: d.kind === 'government',
      propertyLeads: d.propertyLeads,
    }
    if (d.closed !== undefined) c.closedOn = fmt(d.closed)
    if (d.closure !== undefined) c.closure = d.closure
    if (d.excludedDays > 0) c.excludedDays = d.excludedDays
    if (d.closure === 'terminated-this-round')
      c.terminationChecklistComplete = d.closed === undefined || d.closed < FROM || d.closed > TO ? rnd.chance(0.97) : true
    return c
  })

  const about = (received: number): OrdosEnforcementCase => {
    for (let t = 0; t < 50; t++) {
      const c = cases[rnd.int(0, cases.length - 1)] as OrdosEnforcementCase
      if (day(c.filedOn) <= received) return c
    }
    return cases[0] as OrdosEnforcementCase
  }
  const lastWorkdayBy = (n: number) => {
    while (!isWd(n)) n--
    return n
  }
  const complaints: OrdosComplaint[] = []
  const complaint = (received: number, closed: number | undefined) => {
    const c = about(received)
    const k: OrdosComplaint = { id: '', courtId: c.courtId, caseId: c.id, receivedOn: fmt(received) }
    if (closed !== undefined) k.closedOn = fmt(closed)
    complaints.push(k)
  }
  const lateStart = day('2021-09-01')
  for (let i = 0; i < COMPLAINTS.received; i++) {
    if (i < COMPLAINTS.closedByTo) {
      const received = workdayIn(FROM, TO - 3)
      complaint(received, Math.max(received, lastWorkdayBy(Math.min(received + rnd.int(3, 40), TO))))
    } else {
      const received = rnd.chance(0.6) ? workdayIn(lateStart, TO) : workdayIn(FROM, TO)
      complaint(received, rnd.chance(0.5) ? workdayIn(TO + 1, TO + 60) : undefined)
    }
  }
  for (let i = 0; i < BACKGROUND.complaintsBefore; i++) {
    const received = workdayIn(day('2020-02-01'), day('2020-12-20'))
    complaint(received, workdayIn(received + 3, received + 40))
  }
  for (let i = 0; i < BACKGROUND.complaintsAfter; i++) {
    const received = workdayIn(TO + 1, day('2021-12-24'))
    complaint(received, rnd.chance(0.5) ? workdayIn(received + 3, received + 30) : undefined)
  }
  complaints.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0))
  complaints.forEach((c, i) => (c.id = `ordos-xf-${String(i + 1).padStart(4, '0')}`))
  return { courts: ORDOS_COURTS, cases, complaints }
}
