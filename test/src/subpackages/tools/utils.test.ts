import fc from 'fast-check'
import { installHolidayTable, quoteFee, resetHolidayTable } from '@domain'
import {
  amountInWords,
  deadlineView,
  FEE_KINDS,
  feeView,
  formForCause,
  normalizeDateInput,
  parseYuanInput,
  PERIOD_OPTIONS,
  type FeeForm,
} from '../../../../src/subpackages/tools/utils'

afterEach(() => resetHolidayTable())

describe('parseYuanInput', () => {
  it.each([
    ['whole yuan', '123500', 12_350_000],
    ['yuan and jiao', '1234.5', 123_450],
    ['yuan, jiao and fen', '0.29', 29],
    ['thousands separators', '1,234,567', 123_456_700],
    ['full-width digits and a Chinese comma', '１２，３４５', 1_234_500],
    ['a trailing 元', '500元', 50_000],
    ['spaces around', ' 800 ', 80_000],
    ['in 万', '10万', 10_000_000],
    ['decimal 万', '12.35万', 12_350_000],
    ['a trailing point while typing', '12.', 1_200],
    ['zero', '0', 0],
  ])('reads %s', (_label, text, fen) => {
    expect(parseYuanInput(text)).toEqual({ fen, error: null })
  })

  it.each([
    ['letters', 'abc', '金额只能填数字，例如 100000 或 10万'],
    ['digits and letters', '12a', '金额只能填数字，例如 100000 或 10万'],
    ['a negative amount', '-500', '金额不能是负数，请填要求的金额'],
    ['more than two decimals', '12.345', '金额最多填到分，小数点后最多两位'],
    ['more than six decimals with 万', '1.1234567万', '以“万”填写时，小数点后最多六位'],
    ['two points', '1.2.3', '金额只能填数字，例如 100000 或 10万'],
    ['an absurd amount', '99999999999999999', '金额太大了，请核对'],
  ])('refuses %s with a Chinese message', (_label, text, error) => {
    expect(parseYuanInput(text)).toEqual({ fen: null, error })
  })

  it('treats an empty field as not yet filled, not as an error', () => {
    expect(parseYuanInput('')).toEqual({ fen: null, error: null })
    expect(parseYuanInput('  ')).toEqual({ fen: null, error: null })
  })

  it('reads any yuan amount with up to two decimals exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
        expect(parseYuanInput(text).fen).toBe(fen)
      }),
    )
  })

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseYuanInput(s)))
  })
})

describe('amountInWords', () => {
  it.each([
    ['the brief’s example', '123500', '12.35万元'],
    ['a round 万', '100000', '10万元'],
    ['万 with yuan and fen', '123456.78', '12.345678万元'],
    ['below 1万', '8600', '8,600元'],
    ['with fen', '12.5', '12.50元'],
    ['typed in 万', '3万', '3万元'],
  ])('%s', (_label, text, words) => {
    expect(amountInWords(text)).toBe(words)
  })

  it('says nothing for empty or bad input', () => {
    expect(amountInWords('')).toBeNull()
    expect(amountInWords('12a')).toBeNull()
  })
})

const form = (patch: Partial<FeeForm>): FeeForm => ({ kind: 'property', amount: '', extra: '', simple: false, mediated: false, ...patch })

describe('feeView', () => {
  it('a 10万 property dispute: 2,300元 in two band lines with their article', () => {
    const v = feeView(form({ amount: '100000' }))
    expect(v).toEqual({
      state: 'ok',
      total: '2,300元',
      ranged: false,
      notes: [],
      lines: [
        { label: '不超过1万元的，每件交纳50元', amount: '50元', article: '《诉讼费用交纳办法》第十三条第（一）项', reduction: false },
        { label: '1万元至10万元部分，按2.5%交纳', amount: '2,250元', article: '《诉讼费用交纳办法》第十三条第（一）项', reduction: false },
      ],
    })
  })

  it('halves under simple procedure, as a line of its own', () => {
    const v = feeView(form({ amount: '100000', simple: true }))
    expect(v.state === 'ok' && v.total).toBe('1,150元')
    expect(v.state === 'ok' && v.lines.at(-1)).toEqual({
      label: '适用简易程序审理，减半交纳',
      amount: '减1,150元',
      article: '《诉讼费用交纳办法》第十六条',
      reduction: true,
    })
  })

  it('halves once only when simple procedure and mediation both apply, and says so', () => {
    const v = feeView(form({ amount: '100000', simple: true, mediated: true }))
    expect(v.state === 'ok' && v.total).toBe('1,150元')
    expect(v.state === 'ok' && v.notes).toContain('简易程序和调解、撤诉的减半不叠加，只减半一次')
  })

  it('shows a ranged fee as a range, with the divorce property line', () => {
    const v = feeView(form({ kind: 'divorce', extra: '300000' }))
    expect(v.state === 'ok' && v.total).toBe('550元至800元')
    expect(v.state === 'ok' && v.ranged).toBe(true)
    expect(v.state === 'ok' && v.lines.map((l) => [l.label, l.amount])).toEqual([
      ['离婚案件每件交纳50元至300元', '50元'],
      ['财产总额超过20万元的部分，按0.5%交纳', '500元'],
    ])
  })

  it('adds personality-rights damages', () => {
    const v = feeView(form({ kind: 'personality-rights', extra: '80000' }))
    expect(v.state === 'ok' && v.total).toBe('400元至800元')
  })

  it('ignores the halving switches where the law does not halve (application fees)', () => {
    const v = feeView(form({ kind: 'preservation', amount: '100000', simple: true, mediated: true }))
    expect(v.state === 'ok' && v.total).toBe('1,020元')
  })

  it('waits for a required amount instead of showing an error', () => {
    expect(feeView(form({}))).toEqual({ state: 'waiting', prompt: '请填写要求对方给付的金额' })
  })

  it('needs no amount where none is asked', () => {
    expect(feeView(form({ kind: 'labor', amount: 'ignored' }))).toMatchObject({ state: 'ok', total: '10元' })
  })

  it.each([
    ['letters in the amount', form({ amount: '十万' }), { amount: '金额只能填数字，例如 100000 或 10万' }],
    ['a negative amount', form({ amount: '-1' }), { amount: '金额不能是负数，请填要求的金额' }],
    ['three decimals in the divorce property', form({ kind: 'divorce', extra: '1.001' }), { extra: '金额最多填到分，小数点后最多两位' }],
  ])('puts the error under the field: %s', (_label, f, errors) => {
    expect(feeView(f)).toEqual({ state: 'invalid', errors })
  })

  it.each([
    ['arbitration review: 400元 flat', form({ kind: 'arbitration-review' }), '400元'],
    ['bankruptcy of a 100万 estate: half of 13,800元', form({ kind: 'bankruptcy', amount: '1000000' }), '6,900元'],
    ['bankruptcy of a 2亿 estate: capped at 30万', form({ kind: 'bankruptcy', amount: '200000000' }), '30万元'],
    ['a 10万 counterclaim: half', form({ amount: '100000', counterclaim: true }), '1,150元'],
    ['a counterclaim in simple procedure: halved once', form({ amount: '100000', counterclaim: true, simple: true }), '1,150元'],
    ['unpaid wages: still 10元', form({ kind: 'labor', wages: true }), '10元'],
  ])('%s', (_label, f, total) => {
    expect(feeView(f)).toMatchObject({ state: 'ok', total })
  })

  it('says when the fee need not be paid in advance, and only then', () => {
    expect(feeView(form({ kind: 'labor', wages: true }))).toMatchObject({
      prepay: {
        text: '这类案件可以先不交诉讼费：讨要被拖欠的工资（追索劳动报酬）的案件，起诉时不用预交，案件审完后由法院决定由谁负担',
        article: '《诉讼费用交纳办法》第二十条第一款',
      },
    })
    expect(feeView(form({ kind: 'enforcement', amount: '100000' }))).toMatchObject({
      prepay: { text: '这类案件可以先不交诉讼费：执行申请费在执行后交纳', article: '《诉讼费用交纳办法》第二十条第二款' },
    })
    expect(feeView(form({ kind: 'bankruptcy', amount: '1000000' }))).toMatchObject({
      prepay: { text: '这类案件可以先不交诉讼费：破产申请费在清算后交纳', article: '《诉讼费用交纳办法》第二十条第二款' },
    })
    for (const f of [
      form({ kind: 'labor' }),
      form({ amount: '50000', wages: true }),
      form({ kind: 'special-procedure' }),
      form({ kind: 'preservation', amount: '1000' }),
    ]) {
      const v = feeView(f)
      expect(v.state === 'ok' && 'prepay' in v).toBe(false)
    }
  })

  it.each([
    ['unpaid wages from an employer: a labour dispute over wages', '追索劳动报酬纠纷', { kind: 'labor', wages: true }],
    ['working for a person: a property case by the amount', '劳务合同纠纷', { kind: 'property', wages: false }],
    ['another labour dispute: labour, wages switch off', '工伤保险待遇纠纷', { kind: 'labor', wages: false }],
    ['divorce', '离婚纠纷', { kind: 'divorce', wages: false }],
    ['defamation: personality rights', '名誉权纠纷', { kind: 'personality-rights', wages: false }],
    ['copyright: intellectual property', '著作权权属、侵权纠纷', { kind: 'ip', wages: false }],
    ['typed without 纠纷: read as the cause', '民间借贷', { kind: 'property', wages: false, cause: '民间借贷纠纷' }],
  ] as const)('formForCause: %s', (_label, cause, want) => {
    expect(formForCause(cause)).toEqual({ cause, ...want })
  })

  it('tells a labour dispute apart from working for a person', () => {
    expect(FEE_KINDS.find((k) => k.kind === 'labor')?.hint).toContain('给个人干活讨工钱（劳务）不算')
  })

  it('says the counterclaim halving does not stack either', () => {
    const v = feeView(form({ amount: '100000', counterclaim: true, mediated: true }))
    expect(v.state === 'ok' && v.notes).toContain('反诉、简易程序和调解、撤诉的减半不叠加，只减半一次')
  })

  it('agrees with quoteFee for every kind and amount, and never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FEE_KINDS), fc.integer({ min: 0, max: 1e10 }), fc.boolean(), (option, fen, simple) => {
        const text = (fen / 100).toFixed(2)
        const v = feeView(form({ kind: option.kind, amount: text, extra: text, simple }))
        expect(v.state).toBe('ok')
        const amountFen = option.amount === 'none' ? undefined : fen
        const q = quoteFee({
          kind: option.kind,
          amountFen,
          propertyFen: option.extra?.field === 'property' ? fen : undefined,
          damagesFen: option.extra?.field === 'damages' ? fen : undefined,
          procedure: option.halvable && simple ? 'simple' : 'ordinary',
        })
        expect(v.state === 'ok' && v.lines).toHaveLength(q.lines.length)
      }),
    )
  })
})

describe('normalizeDateInput', () => {
  it.each([
    ['ISO', '2026-09-18', '2026-09-18'],
    ['slashes, no zeros', '2026/9/8', '2026-09-08'],
    ['points', '2026.9.18', '2026-09-18'],
    ['in Chinese', '2026年9月18日', '2026-09-18'],
    ['full-width digits', '２０２６-０９-１８', '2026-09-18'],
  ])('%s', (_label, text, date) => {
    expect(normalizeDateInput(text)).toBe(date)
  })

  it('gives null for what is not a date', () => {
    expect(normalizeDateInput('下周一')).toBeNull()
    expect(normalizeDateInput('20260918')).toBeNull()
  })
})

describe('deadlineView', () => {
  it('an appeal from 18 September 2026 ends on 8 October, moved past 国庆', () => {
    expect(deadlineView('appeal-judgment', '2026-09-18', 2026)).toEqual({
      state: 'ok',
      due: '2026-10-08',
      dueText: '10月8日（星期四）',
      dueYear: null,
      counting: '从9月18日的第二天算起，共15日',
      moved: '10月3日为国庆节假期，顺延至10月8日',
      provisional: null,
      article: '《民事诉讼法》第一百七十一条',
    })
  })

  it('names the weekday when an ordinary weekend moves the last day', () => {
    // 2026-11-06 + 15 = Saturday 21 November → Monday 23 November.
    expect(deadlineView('defence', '2026-11-06', 2026)).toMatchObject({ due: '2026-11-23', moved: '11月21日为星期六，顺延至11月23日' })
    // 2026-11-07 + 15 = Sunday 22 November → Monday 23 November.
    expect(deadlineView('defence', '2026-11-07', 2026)).toMatchObject({ due: '2026-11-23', moved: '11月22日为星期日，顺延至11月23日' })
  })

  it('does not move a last day that falls on a 调休 makeup Saturday', () => {
    expect(deadlineView('appeal-ruling', '2026-09-30', 2026)).toMatchObject({ due: '2026-10-10', dueText: '10月10日（星期六）', moved: null })
  })

  it('adds the year when the due date is not in the current year', () => {
    expect(deadlineView('appeal-judgment', '2026-12-20', 2026)).toMatchObject({
      dueText: '1月4日（星期一）',
      dueYear: '2027年',
      provisional: '2027年放假安排尚未公布，此日期按惯例推算，仅供参考',
    })
  })

  it('warns that a 2027 date is an estimate until the arrangement is published', () => {
    const v = deadlineView('appeal-judgment', '2027-09-18', 2027)
    expect(v).toMatchObject({ state: 'ok', due: '2027-10-08', provisional: '2027年放假安排尚未公布，此日期按惯例推算，仅供参考' })
  })

  it('stops warning once the 2027 table is installed', () => {
    installHolidayTable({ '2027': { holidays: [{ date: '2027-10-01', name: '国庆节' }], makeupWorkdays: [] } })
    expect(deadlineView('appeal-judgment', '2027-09-18', 2027)).toMatchObject({ due: '2027-10-04', provisional: null, moved: '10月3日为星期日，顺延至10月4日' })
  })

  it('accepts the other ways of writing a date', () => {
    expect(deadlineView('appeal-judgment', '2026年9月18日', 2026)).toMatchObject({ due: '2026-10-08' })
  })

  it.each([
    ['not a date', '明天', '日期请按“2026-09-18”这样的格式填写'],
    ['a day that does not exist', '2026-02-30', '没有这一天：2026-02-30，请核对日期'],
    ['a year the calendar does not know', '1999-01-01', '只能计算'],
  ])('explains %s in Chinese', (_label, text, error) => {
    const v = deadlineView('defence', text, 2026)
    expect(v.state).toBe('invalid')
    expect(v.state === 'invalid' && v.error).toContain(error)
  })

  it('waits for a date', () => {
    expect(deadlineView('defence', ' ', 2026)).toEqual({ state: 'waiting' })
  })

  it('offers every period with an explanation and a start label', () => {
    expect(PERIOD_OPTIONS.map((o) => o.rule).sort()).toEqual(
      [
        'appeal-judgment',
        'appeal-ruling',
        'defence',
        'enforcement-application',
        'fee-payment',
        'filing-review',
        'judicial-confirmation',
        'public-notice',
      ].sort(),
    )
    for (const o of PERIOD_OPTIONS) {
      expect(o.explain).toMatch(/^[^：]+：/)
      expect(o.startLabel).toMatch(/日期$/)
    }
  })

  it.each([
    [
      'a defendant abroad: 30 days (art 285)',
      'defence',
      '2026-09-01',
      { due: '2026-10-08', counting: '从9月1日的第二天算起，共30日', article: '《民事诉讼法》第二百八十五条' },
    ],
    ['a judgment appeal from abroad: 30 days (art 286)', 'appeal-judgment', '2026-11-02', { due: '2026-12-02', article: '《民事诉讼法》第二百八十六条' }],
    ['a ruling appeal from abroad: 30 days too', 'appeal-ruling', '2026-09-10', { due: '2026-10-10', counting: '从9月10日的第二天算起，共30日' }],
    ['public notice abroad: 60 days (art 283)', 'public-notice', '2026-08-01', { due: '2026-09-30', article: '《民事诉讼法》第二百八十三条' }],
    ['a period with no abroad rule is unchanged', 'fee-payment', '2026-11-02', { due: '2026-11-09', article: '《诉讼费用交纳办法》第二十二条' }],
  ] as const)('for a party abroad, %s', (_label, rule, from, want) => {
    expect(deadlineView(rule, from, 2026, { abroad: true })).toMatchObject({ state: 'ok', ...want })
  })

  it('counts the 2-year enforcement application period in years', () => {
    expect(deadlineView('enforcement-application', '2024-10-01', 2026)).toMatchObject({
      state: 'ok',
      due: '2026-10-08',
      counting: '从10月1日的第二天算起，满2年',
      moved: '10月1日为国庆节假期，顺延至10月8日',
      article: '《民事诉讼法》第二百五十条',
    })
  })

  it.each([
    ['a judgment', 'appeal-judgment'],
    ['a ruling', 'appeal-ruling'],
  ] as const)('gives no appeal period for %s in small claims, even before a date is typed', (_label, rule) => {
    const none = { state: 'none', message: '小额诉讼案件一审终审，判决、裁定一经作出即生效，不能上诉', article: '《民事诉讼法》第一百六十五条' }
    expect(deadlineView(rule, '2026-09-18', 2026, { smallClaims: true })).toEqual(none)
    expect(deadlineView(rule, '', 2026, { smallClaims: true })).toEqual(none)
  })

  it('keeps the defence period in small claims', () => {
    expect(deadlineView('defence', '2026-11-06', 2026, { smallClaims: true })).toMatchObject({ state: 'ok', due: '2026-11-23' })
  })
})
