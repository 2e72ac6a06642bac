import { earliestTerminationDay, ENFORCEMENT_RULES, enforcementMetricCases, enforcementMetrics, isWorkday, parseCaseNumber } from '../../../../domain'
import { generateOrdosYear, ORDOS_PERIOD } from '../../../../server/seed/ordos/generateOrdosYear'
import { ORDOS_COURTS } from '../../../../server/seed/ordos/ordosCourts'

// The figures as the report prints them: percentages to two decimals, days to two, 亿元 to 0.01.
const percent = (r: number | null) => (r === null ? '—' : (r * 100).toFixed(2))
const yi = (fen: number) => (fen / 1e10).toFixed(2)

describe('generateOrdosYear: 鄂尔多斯市中级人民法院, January–October 2021', () => {
  // How long the generator takes is measured by `npm run bench` (enforcementFigures.bench.ts), not here.
  const year = generateOrdosYear()
  const m = enforcementMetrics({ ...ORDOS_PERIOD, cases: year.cases, complaints: year.complaints })

  it.each([
    { label: '受理', got: () => m.accepted, want: 24951 },
    { label: '结案', got: () => m.closed, want: 20122 },
    { label: '执结率', got: () => percent(m.closureRate), want: '80.65' },
    { label: '有财产可供执行案件法定期限内结案率', got: () => percent(m.withinLimitRate), want: '89.49' },
    { label: '终本合格率', got: () => percent(m.terminationQualifiedRate), want: '100.00' },
    { label: '执行信访办结率', got: () => percent(m.complaintClosureRate), want: '72.22' },
    { label: '执行完毕平均用时（天）', got: () => m.performedAverageDays?.toFixed(2), want: '90.26' },
    { label: '涉企 受理', got: () => m.subsets.enterprise.accepted, want: 5953 },
    { label: '涉企 结案', got: () => m.subsets.enterprise.closed, want: 3087 },
    { label: '涉企 执行到位（亿元）', got: () => yi(m.subsets.enterprise.recoveredFen), want: '42.99' },
    { label: '涉党政机关 受理', got: () => m.subsets.governmentDebtor.accepted, want: 50 },
    { label: '涉党政机关 申请执行标的（亿元）', got: () => yi(m.subsets.governmentDebtor.appliedFen), want: '6.97' },
    { label: '涉党政机关 结案', got: () => m.subsets.governmentDebtor.closed, want: 32 },
    { label: '涉党政机关 执行到位（亿元）', got: () => yi(m.subsets.governmentDebtor.recoveredFen), want: '2.52' },
  ])('$label', ({ got, want }) => {
    expect(got()).toBe(want)
  })

  it('the tapped 执结率 lists exactly its cases', () => {
    const list = enforcementMetricCases({ ...ORDOS_PERIOD, cases: year.cases, complaints: year.complaints }, 'closureRate')
    expect([list.numerator.length, list.denominator.length]).toEqual([20122, 24951])
  })

  it('is deterministic: the same seed gives the same year; another seed the same figures', () => {
    // Compared as text: a deep equality over 28,000 objects takes jest seconds.
    expect(JSON.stringify(generateOrdosYear())).toBe(JSON.stringify(year))
    const other = generateOrdosYear(7)
    expect(other.cases.map((c) => c.filedOn)).not.toEqual(year.cases.map((c) => c.filedOn))
    const o = enforcementMetrics({ ...ORDOS_PERIOD, cases: other.cases, complaints: other.complaints })
    expect([o.accepted, o.closed, o.withPropertyWithinLimit, o.performedTotalDays, o.subsets.enterprise.recoveredFen]).toEqual([
      m.accepted,
      m.closed,
      m.withPropertyWithinLimit,
      m.performedTotalDays,
      m.subsets.enterprise.recoveredFen,
    ])
  })

  it('is a whole year: more than 25,000 enforcement cases', () => {
    expect(year.cases.length).toBeGreaterThan(25_000)
  })

  it('looks like a court’s year: working days in 2020–2021, valid case numbers, every court, money that adds up', () => {
    const codes = new Map(ORDOS_COURTS.map((c) => [c.id, c.code]))
    const perCourt = new Map<string, number>()
    const workday = new Map<string, boolean>()
    const isWd = (d: string) => {
      let w = workday.get(d)
      if (w === undefined) workday.set(d, (w = isWorkday(d).workday))
      return w
    }
    // One list of the cases failing each check (asserting per case would take jest most of a minute).
    const bad: Record<string, string[]> = { court: [], number: [], filed: [], closed: [], earlyTermination: [], money: [], leads: [] }
    for (const c of year.cases) {
      perCourt.set(c.courtId, (perCourt.get(c.courtId) ?? 0) + 1)
      const n = parseCaseNumber(c.caseNumber)
      if (!codes.has(c.courtId)) bad.court?.push(c.id)
      if (n === null || n.year !== Number(c.filedOn.slice(0, 4)) || n.typeCode !== '执' || n.courtCode !== codes.get(c.courtId)) bad.number?.push(c.id)
      if (c.filedOn < '2020-01-01' || c.filedOn > '2021-12-31' || !isWd(c.filedOn)) bad.filed?.push(c.id)
      if (c.closedOn !== undefined && (c.closedOn < c.filedOn || c.closedOn > '2021-12-31' || !isWd(c.closedOn) || c.closure === undefined))
        bad.closed?.push(c.id)
      if (c.closure === 'terminated-this-round' && (c.closedOn as string) < earliestTerminationDay(c.filedOn, ENFORCEMENT_RULES).day)
        bad.earlyTermination?.push(c.id)
      if (!Number.isSafeInteger(c.appliedFen) || !Number.isSafeInteger(c.recoveredFen) || (c.recoveredFen as number) > (c.appliedFen as number))
        bad.money?.push(c.id)
      if (!Number.isInteger(c.propertyLeads) || c.propertyLeads < 0) bad.leads?.push(c.id)
    }
    expect(bad).toEqual({ court: [], number: [], filed: [], closed: [], earlyTermination: [], money: [], leads: [] })
    expect(new Set(year.cases.map((c) => c.caseNumber)).size).toBe(year.cases.length)
    expect([...codes.keys()].filter((id) => (perCourt.get(id) ?? 0) < 500)).toEqual([])
    const caseIds = new Set(year.cases.map((c) => c.id))
    expect(year.complaints.filter((k) => !caseIds.has(k.caseId) || !isWd(k.receivedOn)).map((k) => k.id)).toEqual([])
  })
})
