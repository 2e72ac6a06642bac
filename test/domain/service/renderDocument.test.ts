import {
  chineseDateLine,
  DomainError,
  DOCUMENT_KIND_ORDER,
  DOCUMENT_KINDS,
  HEARING_NOTICE_DAYS,
  renderDocument,
  validateHearing,
  type AgreedPeriods,
  type CaseParty,
  type DocumentCase,
  type Procedure,
} from '../../../domain'

const c: DocumentCase = {
  caseNumber: '（2026）内0784民初1号',
  courtName: '额尔古纳市人民法院',
  courtPhone: '12368',
  procedure: 'simple',
  parties: [
    { side: 'plaintiff', name: '张桂兰', address: '额尔古纳市拉布大林街道团结村' },
    { side: 'defendant', name: '王建国', address: '额尔古纳市三河回族乡' },
  ],
  claims: [{ text: '判令被告支付小麦货款', amountFen: 8_650_000 }, { text: '本案诉讼费由被告负担。' }],
  facts: '2025年9月原告向被告出售小麦20吨，被告至今未付款。',
}
const wang = c.parties[1]
const text = (d: ReturnType<typeof renderDocument>) => [d.title, d.addressee, ...d.paragraphs, ...d.items].join('\n')

describe('chineseDateLine', () => {
  it.each([
    { label: 'two-digit month and day', date: '2026-11-25', line: '二〇二六年十一月二十五日' },
    { label: 'single digits', date: '2027-01-05', line: '二〇二七年一月五日' },
    { label: 'round tens', date: '2026-10-10', line: '二〇二六年十月十日' },
    { label: 'twenty', date: '2026-12-20', line: '二〇二六年十二月二十日' },
  ])('$label', ({ date, line }) => {
    expect(chineseDateLine(date)).toBe(line)
  })
})

describe('renderDocument', () => {
  it('fills the 应诉通知书 with the parties, the 15-day defence period and the procedure', () => {
    const d = renderDocument({ kind: 'response-notice', case: c, recipient: wang, issuedOn: '2026-11-25' })
    expect(d).toMatchObject({
      title: '应诉通知书',
      addressee: '王建国',
      caseNumber: '（2026）内0784民初1号',
      court: '额尔古纳市人民法院',
      dateLine: '二〇二六年十一月二十五日',
    })
    expect(text(d)).toContain('张桂兰诉王建国一案')
    expect(text(d)).toContain('十五日内')
    expect(text(d)).toContain('简易程序')
  })

  it.each([
    {
      label: 'a defendant at home: 15 days, art 128',
      recipient: wang,
      procedure: 'simple',
      agreedPeriods: undefined,
      has: ['十五日内', '第一百二十八条等规定'],
    },
    {
      label: 'a defendant abroad: 30 days, art 285',
      recipient: { ...wang, abroad: true },
      procedure: 'ordinary',
      agreedPeriods: undefined,
      has: ['三十日内', '第一百二十八条、第二百八十五条等规定'],
    },
    {
      label: 'small claims, 7 days agreed with the defendant',
      recipient: wang,
      procedure: 'small-claims',
      agreedPeriods: { defenceDays: 7 },
      has: ['经你方同意，答辩期间为收到起诉状副本之日起七日内', '第二百七十五条第二款'],
    },
    {
      label: 'small claims, no defence period needed',
      recipient: wang,
      procedure: 'small-claims',
      agreedPeriods: { defenceDays: 0 },
      has: ['不需要答辩期间，本院可以立即开庭审理', '第二百七十五条第三款'],
    },
    { label: 'small claims without agreement: 15 days', recipient: wang, procedure: 'small-claims', agreedPeriods: {}, has: ['十五日内'] },
  ] as Array<{ label: string; recipient: CaseParty; procedure: Procedure; agreedPeriods?: AgreedPeriods; has: string[] }>)(
    '应诉通知书 defence period: $label',
    ({ recipient, procedure, agreedPeriods, has }) => {
      const d = renderDocument({ kind: 'response-notice', case: { ...c, procedure, agreedPeriods }, recipient, issuedOn: '2026-11-25' })
      for (const h of has) expect(text(d)).toContain(h)
    },
  )

  it.each([
    { label: 'ordinary: 15 days', procedure: 'ordinary', agreedPeriods: undefined, has: '举证期限为自收到本通知书之日起十五日内。' },
    { label: 'small claims: 7 days', procedure: 'small-claims', agreedPeriods: undefined, has: '举证期限为自收到本通知书之日起七日内。' },
    {
      label: 'small claims, 3 days agreed',
      procedure: 'small-claims',
      agreedPeriods: { evidenceDays: 3 },
      has: '举证期限为自收到本通知书之日起三日内（经双方当事人协商一致并经本院准许，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百七十五条第一款）。',
    },
  ] as Array<{ label: string; procedure: Procedure; agreedPeriods?: AgreedPeriods; has: string }>)(
    '举证通知书: $label',
    ({ procedure, agreedPeriods, has }) => {
      const d = renderDocument({ kind: 'evidence-notice', case: { ...c, procedure, agreedPeriods }, recipient: wang, issuedOn: '2026-11-25' })
      expect(d.items).toContain(has)
    },
  )

  it.each([
    { label: 'agreed periods outside small claims', procedure: 'simple', agreedPeriods: { evidenceDays: 3 }, field: 'case.agreedPeriods' },
    { label: 'an 8-day evidence period', procedure: 'small-claims', agreedPeriods: { evidenceDays: 8 }, field: 'case.agreedPeriods.evidenceDays' },
    { label: 'a 0-day evidence period', procedure: 'small-claims', agreedPeriods: { evidenceDays: 0 }, field: 'case.agreedPeriods.evidenceDays' },
    { label: 'a 16-day defence period', procedure: 'small-claims', agreedPeriods: { defenceDays: 16 }, field: 'case.agreedPeriods.defenceDays' },
  ] as Array<{ label: string; procedure: Procedure; agreedPeriods: AgreedPeriods; field: string }>)('refuses $label', ({ procedure, agreedPeriods, field }) => {
    for (const kind of ['response-notice', 'evidence-notice'] as const) {
      expect(() => renderDocument({ kind, case: { ...c, procedure, agreedPeriods }, recipient: wang, issuedOn: '2026-11-25' })).toThrow(
        expect.objectContaining({ code: 'SERVICE_AGREED_PERIOD_INVALID', field }),
      )
    }
  })

  it('copies the complaint: parties, claims with amounts, facts', () => {
    const d = renderDocument({ kind: 'complaint-copy', case: c, recipient: wang, issuedOn: '2026-11-25' })
    expect(d.paragraphs).toEqual(
      expect.arrayContaining(['原告：张桂兰，住额尔古纳市拉布大林街道团结村。', '1. 判令被告支付小麦货款（8.65万元）。', '2. 本案诉讼费由被告负担。', c.facts]),
    )
  })

  it.each([
    { label: 'simple procedure: 15 days', procedure: 'simple' as const, days: '十五日' },
    { label: 'small claims: 7 days', procedure: 'small-claims' as const, days: '七日' },
  ])('sets the evidence period — $label', ({ procedure, days }) => {
    const d = renderDocument({ kind: 'evidence-notice', case: { ...c, procedure }, recipient: wang, issuedOn: '2026-11-25' })
    expect(text(d)).toContain(`举证期限为自收到本通知书之日起${days}内`)
  })

  it('summons to the hearing with the date as people say it and the consequences of not coming', () => {
    const d = renderDocument({
      kind: 'summons',
      case: c,
      recipient: wang,
      issuedOn: '2026-11-25',
      hearing: { date: '2026-12-10', time: '14:30', place: '三河回族乡巡回审判点', address: '三河回族乡政府院内' },
    })
    expect(d.paragraphs).toContain('应到时间：2026年12月10日（星期四）下午14:30')
    expect(d.paragraphs).toContain('应到处所：三河回族乡巡回审判点（三河回族乡政府院内）')
    expect(d.paragraphs).toContain('被传唤人：王建国（被告）')
    expect(text(d)).toContain('缺席判决')
  })

  it.each([
    { label: 'a summons without a hearing', kind: 'summons' as const, code: 'SERVICE_HEARING_REQUIRED' },
    { label: 'a judgment (uploaded, not generated)', kind: 'judgment' as const, code: 'SERVICE_KIND_NOT_TEMPLATE' },
  ])('refuses $label', ({ kind, code }) => {
    expect(() => renderDocument({ kind, case: c, recipient: wang, issuedOn: '2026-11-25' })).toThrow(expect.objectContaining({ code }))
    expect(() => renderDocument({ kind, case: c, recipient: wang, issuedOn: '2026-11-25' })).toThrow(DomainError)
  })

  it('renders every template kind with a body', () => {
    for (const kind of DOCUMENT_KIND_ORDER.filter((k) => DOCUMENT_KINDS[k].source === 'template')) {
      const d = renderDocument({
        kind,
        case: c,
        recipient: wang,
        issuedOn: '2026-11-25',
        hearing: { date: '2026-12-10', time: '09:00', place: '第一法庭', address: '一楼' },
      })
      expect(d.paragraphs.length + d.items.length).toBeGreaterThan(2)
    }
  })
})

describe('validateHearing', () => {
  it.each([
    // Served Wednesday 11-25: 11-26 … 11-28 must stay clear, Sunday 11-29 is no court day (art. 139).
    { label: 'three days ahead is too soon: three whole days must lie between', h: { date: '2026-11-28', time: '09:00' }, codes: ['SERVICE_HEARING_TOO_SOON'] },
    { label: 'day four on a Sunday is too soon: the first working day after', h: { date: '2026-11-29', time: '09:00' }, codes: ['SERVICE_HEARING_TOO_SOON'] },
    { label: 'the first working day after three clear days is enough', h: { date: '2026-11-30', time: '09:00' }, codes: [] },
    { label: 'two days ahead is too soon', h: { date: '2026-11-27', time: '09:00' }, codes: ['SERVICE_HEARING_TOO_SOON'] },
    { label: 'in the past', h: { date: '2026-11-01', time: '09:00' }, codes: ['SERVICE_HEARING_TOO_SOON'] },
    { label: 'no such day', h: { date: '2026-11-31', time: '09:00' }, codes: ['SERVICE_HEARING_DATE_INVALID'] },
    { label: 'at night', h: { date: '2026-12-10', time: '21:00' }, codes: ['SERVICE_HEARING_TIME_INVALID'] },
    { label: 'not a time', h: { date: '2026-12-10', time: '9点' }, codes: ['SERVICE_HEARING_TIME_INVALID'] },
    { label: 'sixty minutes', h: { date: '2026-12-10', time: '09:60' }, codes: ['SERVICE_HEARING_TIME_INVALID'] },
    { label: 'the last minute allowed', h: { date: '2026-12-10', time: '18:00' }, codes: [] },
  ])('$label', ({ h, codes }) => {
    expect(validateHearing(h, '2026-11-25').map((p) => p.code)).toEqual(codes)
  })

  it('uses the statutory three days', () => {
    expect(HEARING_NOTICE_DAYS).toBe(3)
  })

  it('names the earliest day the hearing may sit', () => {
    expect(validateHearing({ date: '2026-11-28', time: '09:00' }, '2026-11-25')[0].message).toBe(
      '开庭日期太近：传票送达后要留出整3天才能开庭（《民事诉讼法》第一百三十九条），最早可定在11月30日（星期一），请改期',
    )
  })
})

describe('renderDocument: 执行通知书 with 报告财产令 (民事诉讼法第二百五十一条、第二百五十二条)', () => {
  const execution = { title: '（2026）内0784民初15号民事判决书', performanceDays: 5, reportDueOn: '2026-12-07' }
  const zhang = c.parties[0]

  it.each([
    { label: 'the debtor reads the orders addressed to him', recipient: wang, first: `${zhang.name}申请执行（2026）内0784民初15号民事判决书一案` },
    { label: 'the applicant’s copy says it is a copy', recipient: zhang, first: `（本通知书副本送申请执行人${zhang.name}）` },
  ])('$label', ({ recipient, first }) => {
    const d = renderDocument({ kind: 'execution-notice', case: { ...c, execution }, recipient, issuedOn: '2026-11-25' })
    expect(d.title).toBe('执行通知书')
    expect(d.addressee).toBe(wang.name)
    expect(d.paragraphs[0]).toContain(first)
    expect(d.items[0]).toContain('自收到本通知书之日起五日内履行')
    expect(d.items[1]).toContain('在2026年12月7日（星期一）前，如实向本院报告当前以及收到本通知书之日前一年的财产情况')
    expect(d.items.join('')).toContain('第二百五十二条')
  })

  it('refuses a notice without its orders', () => {
    expect(() => renderDocument({ kind: 'execution-notice', case: c, recipient: wang, issuedOn: '2026-11-25' })).toThrow(
      expect.objectContaining({ code: 'SERVICE_EXECUTION_TERMS_REQUIRED' }),
    )
  })
})
