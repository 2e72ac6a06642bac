import { DomainError, type HearingJudge, type HearingRoom, type HearingSlotInput, suggestHearingSlots } from '../../../domain'

const ERGUN_FARMER = { id: 'zhang', farm: { region: 'ergun', activities: ['wheat-harvest', 'haymaking'] } }
const BUYER = { id: 'wang' }
const free = (id: string) => ({ id, busy: [] })

/** A one-judge, one-room Ergun case unless a test says otherwise. */
const base = (over: Partial<HearingSlotInput> = {}): HearingSlotInput => ({
  today: '2026-08-03',
  procedure: 'simple',
  filedOn: '2026-07-20',
  parties: [ERGUN_FARMER, BUYER],
  judges: [free('s-judge-wang')],
  rooms: [free('r-ergun-1')],
  ...over,
})

const at = (r: ReturnType<typeof suggestHearingSlots>) => r.slots.map((s) => `${s.date} ${s.half}`)

const codeOf = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e instanceof DomainError ? { code: e.code, field: e.field } : { code: 'NOT_DOMAIN', field: String(e) }
  }
  return undefined
}

describe('suggestHearingSlots — worked examples', () => {
  it('Ergun wheat + haymaking farmer, simple procedure: nothing in August–September, October after 国庆', () => {
    const r = suggestHearingSlots(base())
    expect(at(r)).toEqual(['2026-10-08 am', '2026-10-08 pm', '2026-10-09 am', '2026-10-09 pm', '2026-10-10 am'])
    for (const s of r.slots) {
      expect(s.date >= '2026-10-01').toBe(true)
      expect(s).toEqual(expect.objectContaining({ judgeId: 's-judge-wang', roomId: 'r-ergun-1', provisional: false, notes: [] }))
    }
    expect(r.excluded).toEqual(
      expect.arrayContaining([
        { from: '2026-08-10', to: '2026-09-10', reason: '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）' },
        { from: '2026-08-15', to: '2026-09-30', reason: '打草农忙期（额尔古纳，打草，8月15日至9月30日）' },
        { from: '2026-10-01', to: '2026-10-07', reason: '国庆节假期' },
        { from: '2026-09-25', to: '2026-09-27', reason: '中秋节假期' },
        { from: '2026-08-04', to: '2026-08-07', reason: '送达传票后需留出3日' },
        { from: '2026-08-04', to: '2026-08-10', reason: '答辩期内（至8月10日）' },
        { from: '2026-10-21', to: '2026-10-31', reason: '超出审限（简易程序三个月）' },
        { from: '2026-08-08', to: '2026-08-09', reason: '周末' },
      ]),
    )
  })

  it('a 调休 Saturday is a court day; an ordinary Sunday is not', () => {
    const r = suggestHearingSlots(base({ limit: 8 }))
    expect(at(r)).toContain('2026-10-10 am')
    expect(r.slots.some((s) => s.date === '2026-10-11')).toBe(false)
    expect(r.excluded).toContainEqual({ from: '2026-10-11', to: '2026-10-11', reason: '周末' })
  })

  it("respects a party's declared busy days before anything else", () => {
    const r = suggestHearingSlots(base({ parties: [ERGUN_FARMER, { ...BUYER, unavailable: [{ from: '2026-10-08', to: '2026-10-09' }] }] }))
    expect(at(r)[0]).toBe('2026-10-10 am')
    expect(r.slots.some((s) => s.date === '2026-10-08' || s.date === '2026-10-09')).toBe(false)
    expect(r.excluded).toContainEqual({ from: '2026-10-08', to: '2026-10-09', reason: '当事人申报不便' })
  })

  it('when every day before the trial limit is farm-busy, slots fall inside the windows with a note naming the activity', () => {
    // Filed 07-01 under simple procedure: the limit is 10-01 and every court day from 08-08 to it is harvest or haymaking.
    const r = suggestHearingSlots(base({ filedOn: '2026-07-01' }))
    expect(at(r)).toEqual(['2026-08-10 am', '2026-08-10 pm', '2026-08-11 am', '2026-08-11 pm', '2026-08-12 am'])
    for (const s of r.slots) {
      expect(s.notes).toEqual(['正值麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日），审限内已没有避开农忙的日期'])
    }
    expect(r.excluded).toContainEqual({ from: '2026-10-02', to: '2026-10-31', reason: '超出审限（简易程序三个月）' })
  })

  it('relaxed slots prefer days in fewer windows over earlier days in more', () => {
    // From 08-17 on, every day is both harvest and haymaking until 09-10; haymaking alone runs on to 09-30.
    const r = suggestHearingSlots(base({ filedOn: '2026-07-01', today: '2026-08-12' }))
    expect(r.slots[0].date).toBe('2026-09-11')
    expect(r.slots[0].notes).toEqual(['正值打草农忙期（额尔古纳，打草，8月15日至9月30日），审限内已没有避开农忙的日期'])
  })

  it('farm windows never push a slot past the trial limit or into the notice period', () => {
    const r = suggestHearingSlots(base({ filedOn: '2026-07-01', today: '2026-09-24' }))
    // Summons served 09-28 (09-25 … 09-27 中秋), three clear days: 10-02 at the earliest, past the limit 10-01.
    expect(r.slots).toEqual([])
    expect(r.excluded).toContainEqual({ from: '2026-09-25', to: '2026-10-01', reason: '送达传票后需留出3日' })
  })

  it('gives no slot and says why when today is already past the trial limit', () => {
    const r = suggestHearingSlots(base({ filedOn: '2026-03-02', today: '2026-08-03' }))
    expect(r.slots).toEqual([])
    expect(r.excluded).toContainEqual({ from: '2026-08-04', to: '2026-08-31', reason: '超出审限（简易程序三个月）' })
  })

  it('waits out the defence period: 15 days from service, then the next day at the earliest', () => {
    const r = suggestHearingSlots({
      today: '2026-11-02',
      procedure: 'ordinary',
      filedOn: '2026-11-02',
      complaintServedOn: '2026-11-05',
      parties: [BUYER],
      judges: [free('j')],
      rooms: [free('r')],
    })
    expect(at(r)[0]).toBe('2026-11-23 am') // due 11-20 (Friday); the weekend follows
    expect(r.excluded).toContainEqual({ from: '2026-11-03', to: '2026-11-20', reason: '答辩期内（至11月20日）' })
    expect(r.excluded).toContainEqual({ from: '2027-05-03', to: '2027-05-31', reason: '超出审限（普通程序六个月）' })
  })

  it.each([
    {
      label: 'a defendant abroad: 30 days (art. 285), 12-05 a Saturday rolls to 12-07',
      over: { procedure: 'ordinary', parties: [{ ...BUYER, abroad: true }] },
      first: '2026-12-08 am',
      excluded: { from: '2026-11-03', to: '2026-12-07', reason: '答辩期内（至12月7日）' },
    },
    {
      label: 'small claims without agreement: the statutory 15 days',
      over: { procedure: 'small-claims' },
      first: '2026-11-23 am',
      excluded: { from: '2026-11-03', to: '2026-11-20', reason: '答辩期内（至11月20日）' },
    },
    {
      label: 'small claims, 7 days agreed (《民诉法解释》第二百七十五条)',
      over: { procedure: 'small-claims', agreedDefenceDays: 7 },
      first: '2026-11-13 am',
      excluded: { from: '2026-11-03', to: '2026-11-12', reason: '答辩期内（至11月12日）' },
    },
    {
      label: 'small claims, 15 days agreed: the same as the statute',
      over: { procedure: 'small-claims', agreedDefenceDays: 15 },
      first: '2026-11-23 am',
      excluded: { from: '2026-11-03', to: '2026-11-20', reason: '答辩期内（至11月20日）' },
    },
    {
      label: 'small claims, no defence period needed: only the notice days remain',
      over: { procedure: 'small-claims', agreedDefenceDays: 0 },
      first: '2026-11-06 am',
      excluded: { from: '2026-11-03', to: '2026-11-04', reason: '起诉状副本送达前（至11月4日）' },
    },
  ] as Array<{ label: string; over: Partial<HearingSlotInput>; first: string; excluded: object }>)('defence period: $label', ({ over, first, excluded }) => {
    const r = suggestHearingSlots({
      today: '2026-11-02',
      procedure: 'ordinary',
      filedOn: '2026-11-02',
      complaintServedOn: '2026-11-05',
      summonsServedOn: '2026-11-02',
      parties: [BUYER],
      judges: [free('j')],
      rooms: [free('r')],
      ...over,
    })
    expect(at(r)[0]).toBe(first)
    expect(r.excluded).toContainEqual(excluded)
  })

  it('leaves three whole days between serving the summons and the hearing (art. 139)', () => {
    const r = suggestHearingSlots({
      today: '2026-10-12',
      procedure: 'ordinary',
      filedOn: '2026-09-01',
      summonsServedOn: '2026-10-12',
      parties: [BUYER],
      judges: [free('j')],
      rooms: [free('r')],
    })
    expect(at(r)[0]).toBe('2026-10-16 am') // served Monday; Tuesday–Thursday clear; Friday
    expect(r.excluded).toContainEqual({ from: '2026-10-13', to: '2026-10-15', reason: '送达传票后需留出3日' })
  })

  it('defaults: complaint served 5 days after filing, summons e-served the next working day', () => {
    const explicit = suggestHearingSlots(base({ complaintServedOn: '2026-07-25', summonsServedOn: '2026-08-04' }))
    expect(suggestHearingSlots(base())).toEqual(explicit)
  })

  it('marks slots in a year whose holidays are not yet published as provisional', () => {
    const r = suggestHearingSlots({
      today: '2026-12-21',
      procedure: 'simple',
      filedOn: '2026-12-01',
      parties: [{ id: 'p', unavailable: [{ from: '2026-12-22', to: '2027-01-03' }] }],
      judges: [free('j')],
      rooms: [free('r')],
      limit: 2,
    })
    expect(r.slots).toEqual([
      { date: '2027-01-04', half: 'am', judgeId: 'j', roomId: 'r', provisional: true, notes: [] },
      { date: '2027-01-04', half: 'pm', judgeId: 'j', roomId: 'r', provisional: true, notes: [] },
    ])
    expect(r.excluded).toContainEqual({ from: '2027-01-01', to: '2027-01-01', reason: '元旦假期（预计）' })
  })

  it('uses 2027 farm windows for a 2027 case and the court override when there is one', () => {
    const input = base({ today: '2027-08-02', filedOn: '2027-07-20' })
    expect(at(suggestHearingSlots(input))[0]).toBe('2027-10-08 am')
    const late = suggestHearingSlots({ ...input, farmOverrides: [{ region: 'ergun', activity: 'haymaking', from: '2027-08-15', to: '2027-10-12' }] })
    expect(at(late)[0]).toBe('2027-10-13 am')
    expect(late.slots[0].provisional).toBe(true)
    expect(late.excluded).toContainEqual({ from: '2027-08-15', to: '2027-10-12', reason: '打草农忙期（额尔古纳，打草，8月15日至10月12日）' })
  })

  it('keeps the same window of two years apart', () => {
    const r = suggestHearingSlots({
      today: '2027-04-20',
      procedure: 'ordinary',
      filedOn: '2027-04-20',
      parties: [{ id: 'p', farm: { region: 'ergun', activities: ['sowing'] } }],
      judges: [free('j')],
      rooms: [free('r')],
    })
    const sowing = r.excluded.filter((e) => e.reason.startsWith('春播农忙期'))
    expect(sowing.map((e) => [e.from, e.to])).toEqual([['2027-05-01', '2027-06-05']])
    const winter = suggestHearingSlots({
      ...base(),
      today: '2027-12-21',
      filedOn: '2027-12-14',
      procedure: 'ordinary',
      parties: [{ id: 'p', farm: { region: 'ergun', activities: ['sowing'] } }],
    })
    expect(winter.excluded).toContainEqual({ from: '2028-05-01', to: '2028-06-05', reason: '春播农忙期（额尔古纳，小麦、油菜播种，5月1日至6月5日）' })
  })

  it('skips a day when every judge or every room is booked, and says so', () => {
    const r = suggestHearingSlots(
      base({
        judges: [
          {
            id: 'j1',
            busy: [
              { date: '2026-10-08', half: 'am' },
              { date: '2026-10-08', half: 'pm' },
            ],
          },
        ],
        rooms: [{ id: 'r1', busy: [{ date: '2026-10-09', half: 'am' }] }],
      }),
    )
    expect(at(r)).toEqual(['2026-10-09 pm', '2026-10-10 am', '2026-10-10 pm', '2026-10-12 am', '2026-10-12 pm'])
    expect(r.excluded).toContainEqual({ from: '2026-10-08', to: '2026-10-08', reason: '法官或法庭已排满' })
  })
})

describe('suggestHearingSlots — ranking', () => {
  // Served 10-17, defence to 11-02, summons 11-03: Monday 11-09 is the first possible day.
  const city = { today: '2026-11-02', procedure: 'ordinary' as const, filedOn: '2026-10-12', parties: [BUYER] }

  it("the case's own judge (listed first) when free, even on a busier day", () => {
    const r = suggestHearingSlots({
      ...city,
      judges: [{ id: 'own', busy: [{ date: '2026-11-09', half: 'pm' }] }, free('other')],
      rooms: [free('r')],
      limit: 2,
    })
    expect(r.slots.map((s) => `${s.half} ${s.judgeId}`)).toEqual(['am own', 'pm other'])
  })

  it('otherwise the judge with the lighter day, then list order', () => {
    const r = suggestHearingSlots({
      ...city,
      judges: [
        {
          id: 'own',
          busy: [
            { date: '2026-11-09', half: 'am' },
            { date: '2026-11-09', half: 'pm' },
          ],
        },
        { id: 'heavy', busy: [{ date: '2026-11-09', half: 'pm' }] },
        free('light'),
        free('light2'),
      ],
      rooms: [free('r')],
      limit: 1,
    })
    expect(r.slots[0]).toEqual(expect.objectContaining({ date: '2026-11-09', half: 'am', judgeId: 'light' }))
  })

  it('mornings first for rural parties; for others the half with the better judge comes first', () => {
    const judges: HearingJudge[] = [{ id: 'own', busy: [{ date: '2026-11-09', half: 'am' }] }, free('other')]
    const rural = suggestHearingSlots({ ...city, parties: [ERGUN_FARMER], judges, rooms: [free('r')], limit: 2 })
    expect(rural.slots.map((s) => `${s.half} ${s.judgeId}`)).toEqual(['am other', 'pm own'])
    const town = suggestHearingSlots({ ...city, judges, rooms: [free('r')], limit: 2 })
    expect(town.slots.map((s) => `${s.half} ${s.judgeId}`)).toEqual(['pm own', 'am other'])
  })

  it('a circuit point near the party that already holds a hearing that day, so one trip serves both', () => {
    const rooms: HearingRoom[] = [
      free('r-ergun-1'),
      { id: 'p-sanhe', circuitPoint: true, busy: [{ date: '2026-11-09', half: 'am' }] },
      { id: 'p-enhe', circuitPoint: true, busy: [] },
    ]
    const farmer = { ...ERGUN_FARMER, nearRoomIds: ['p-sanhe'] }
    const r = suggestHearingSlots({ ...city, parties: [farmer], judges: [free('j')], rooms, limit: 4 })
    expect(r.slots.map((s) => `${s.date} ${s.half} ${s.roomId}`)).toEqual([
      '2026-11-09 am r-ergun-1',
      '2026-11-09 pm p-sanhe',
      '2026-11-10 am r-ergun-1',
      '2026-11-10 pm r-ergun-1',
    ])
    expect(r.slots[1].notes).toEqual(['巡回审判：当天已有其他案件在此开庭，可一同前往'])
  })

  it('a circuit point near no party only when nothing else is free', () => {
    const rooms: HearingRoom[] = [
      { id: 'p-far', circuitPoint: true, busy: [] },
      { id: 'r1', busy: [{ date: '2026-11-09', half: 'pm' }] },
    ]
    const r = suggestHearingSlots({ ...city, judges: [free('j')], rooms, limit: 2 })
    expect(r.slots.map((s) => `${s.half} ${s.roomId}`)).toEqual(['am r1', 'pm p-far'])
  })

  it('returns at most `limit` slots, one per half-day', () => {
    const r = suggestHearingSlots({ ...city, judges: [free('a'), free('b')], rooms: [free('x'), free('y')], limit: 7 })
    expect(r.slots).toHaveLength(7)
    expect(new Set(at(r)).size).toBe(7)
  })
})

describe('suggestHearingSlots — bad input', () => {
  it.each([
    { label: 'impossible today', over: { today: '2026-02-30' }, code: 'DATE_INVALID', field: 'today' },
    { label: 'badly written filing date', over: { filedOn: '2026/07/20' }, code: 'DATE_INVALID', field: 'filedOn' },
    { label: 'filed after today', over: { filedOn: '2026-08-04' }, code: 'HEARING_FILED_AFTER_TODAY', field: 'filedOn' },
    { label: 'unknown procedure', over: { procedure: 'summary' as never }, code: 'PROCEDURE_UNKNOWN', field: 'procedure' },
    { label: 'complaint served before filing', over: { complaintServedOn: '2026-07-19' }, code: 'HEARING_SERVED_BEFORE_FILING', field: 'complaintServedOn' },
    { label: 'summons served before filing', over: { summonsServedOn: '2026-07-01' }, code: 'HEARING_SERVED_BEFORE_FILING', field: 'summonsServedOn' },
    { label: 'bad summons date', over: { summonsServedOn: '2026-13-01' }, code: 'DATE_INVALID', field: 'summonsServedOn' },
    { label: 'limit 0', over: { limit: 0 }, code: 'HEARING_LIMIT_INVALID', field: 'limit' },
    { label: 'limit −1', over: { limit: -1 }, code: 'HEARING_LIMIT_INVALID', field: 'limit' },
    { label: 'fractional limit', over: { limit: 2.5 }, code: 'HEARING_LIMIT_INVALID', field: 'limit' },
    {
      label: 'unknown farm region',
      over: { parties: [BUYER, { id: 'p', farm: { region: 'atlantis', activities: [] } }] },
      code: 'FARM_REGION_UNKNOWN',
      field: 'parties[1].farm.region',
    },
    {
      label: 'activity of another region',
      over: { parties: [{ id: 'p', farm: { region: 'ergun', activities: ['lambing'] } }] },
      code: 'FARM_ACTIVITY_UNKNOWN',
      field: 'parties[0].farm.activities[0]',
    },
    {
      label: 'unavailable range backwards',
      over: { parties: [{ id: 'p', unavailable: [{ from: '2026-10-09', to: '2026-10-08' }] }] },
      code: 'HEARING_UNAVAILABLE_INVALID',
      field: 'parties[0].unavailable[0].to',
    },
    {
      label: 'unavailable bad date',
      over: { parties: [{ id: 'p', unavailable: [{ from: '2026-10-32', to: '2026-11-01' }] }] },
      code: 'DATE_INVALID',
      field: 'parties[0].unavailable[0].from',
    },
    {
      label: 'busy date invalid',
      over: { judges: [{ id: 'j', busy: [{ date: 'tomorrow', half: 'am' as const }] }] },
      code: 'DATE_INVALID',
      field: 'judges[0].busy[0].date',
    },
    {
      label: 'busy half invalid',
      over: { rooms: [{ id: 'r', busy: [{ date: '2026-10-08', half: 'noon' as never }] }] },
      code: 'HEARING_INPUT_INVALID',
      field: 'rooms[0].busy[0].half',
    },
    {
      label: 'busy date invalid far outside the horizon',
      over: { rooms: [{ id: 'r', busy: [{ date: '2031-02-29', half: 'am' as const }] }] },
      code: 'DATE_INVALID',
      field: 'rooms[0].busy[0].date',
    },
    { label: 'no judge', over: { judges: [] }, code: 'HEARING_NO_JUDGE', field: 'judges' },
    { label: 'no room', over: { rooms: [] }, code: 'HEARING_NO_ROOM', field: 'rooms' },
    { label: 'a judge twice', over: { judges: [free('j'), free('j')] }, code: 'HEARING_INPUT_INVALID', field: 'judges[1].id' },
    { label: 'a party without id', over: { parties: [{ id: '' }] }, code: 'HEARING_INPUT_INVALID', field: 'parties[0].id' },
    {
      label: 'bad farm override',
      over: { farmOverrides: [{ region: 'ergun', activity: 'haymaking', from: '2026-09-01', to: '2026-08-01' }] },
      code: 'FARM_OVERRIDE_INVALID',
      field: 'farmOverrides[0].to',
    },
    {
      label: 'an agreed defence period outside small claims',
      over: { agreedDefenceDays: 7 },
      code: 'HEARING_AGREED_PERIOD_INVALID',
      field: 'agreedDefenceDays',
    },
    {
      label: 'an agreed defence period over 15 days',
      over: { procedure: 'small-claims', agreedDefenceDays: 16 },
      code: 'HEARING_AGREED_PERIOD_INVALID',
      field: 'agreedDefenceDays',
    },
    {
      label: 'a negative agreed defence period',
      over: { procedure: 'small-claims', agreedDefenceDays: -1 },
      code: 'HEARING_AGREED_PERIOD_INVALID',
      field: 'agreedDefenceDays',
    },
    {
      label: 'a fractional agreed defence period',
      over: { procedure: 'small-claims', agreedDefenceDays: 2.5 },
      code: 'HEARING_AGREED_PERIOD_INVALID',
      field: 'agreedDefenceDays',
    },
    {
      label: 'a party abroad in small claims (涉外, art. 166)',
      over: { procedure: 'small-claims', parties: [BUYER, { id: 'p', abroad: true }] },
      code: 'HEARING_INPUT_INVALID',
      field: 'parties[1].abroad',
    },
  ])('rejects $label', ({ over, code, field }) => {
    expect(codeOf(() => suggestHearingSlots(base(over as Partial<HearingSlotInput>)))).toEqual({ code, field })
  })

  it('explains each rejection in Chinese', () => {
    expect(() => suggestHearingSlots(base({ parties: [{ id: 'p', farm: { region: 'atlantis', activities: [] } }] }))).toThrow(
      '不认识的农事地区“atlantis”，请从列表中选择',
    )
    expect(() => suggestHearingSlots(base({ limit: 0 }))).toThrow('建议的开庭时间个数应为正整数')
  })
})
