import fc from 'fast-check'
import {
  acceptanceDeadline,
  addDays,
  DomainError,
  ENFORCEMENT_RULES,
  enforcementPeriodDue,
  enforcementRulesWith,
  executionNoticeDeadline,
  handlerAssignmentDeadline,
  handlerNoticeDeadline,
  isWorkday,
  leadVerificationDeadline,
  payoutDeadline,
  type EnforcementPeriodKey,
} from '../../../domain'

const R = ENFORCEMENT_RULES
const A16 = '《执行工作规定》第十六条；《审限规定》第六条'
const A480 = '《民诉法解释》第四百八十条；《财产调查规定》第三条'
const ADC2 = '《财产调查规定》第二条'

describe('per-node deadlines (calendar days, 《民事诉讼法》第八十五条)', () => {
  it.each([
    { label: '立案 7 days, Wednesday to Wednesday', fn: () => acceptanceDeadline('2026-11-25', R), due: '2026-12-02', article: A16 },
    { label: '立案 ending in 国庆 rolls to 10-08', fn: () => acceptanceDeadline('2026-09-28', R), due: '2026-10-08', rolledFrom: '2026-10-05', article: A16 },
    { label: '立案 ending in 春节 rolls past 02-23', fn: () => acceptanceDeadline('2026-02-10', R), due: '2026-02-24', rolledFrom: '2026-02-17', article: A16 },
    { label: '立案 ending on the 调休 Saturday 02-14 stays', fn: () => acceptanceDeadline('2026-02-07', R), due: '2026-02-14', article: A16 },
    { label: '承办人 7 days after 立案', fn: () => handlerAssignmentDeadline('2026-03-02', R), due: '2026-03-09', article: '《执行期限规定》第二条' },
    {
      label: '承办人 ending in 劳动节 rolls to 05-06',
      fn: () => handlerAssignmentDeadline('2026-04-27', R),
      due: '2026-05-06',
      rolledFrom: '2026-05-04',
      article: '《执行期限规定》第二条',
    },
    { label: '执行通知 10 days from receipt', fn: () => executionNoticeDeadline('2026-03-02', R), due: '2026-03-12', article: A480 },
    {
      label: '执行通知 ending on 10-01 rolls to 10-08',
      fn: () => executionNoticeDeadline('2026-09-21', R),
      due: '2026-10-08',
      rolledFrom: '2026-10-01',
      article: A480,
    },
    {
      label: '执行通知 ending on 元旦 2027 rolls, provisionally',
      fn: () => executionNoticeDeadline('2026-12-22', R),
      due: '2027-01-04',
      rolledFrom: '2027-01-01',
      provisional: true,
      article: A480,
    },
    {
      label: '承办人 3 days ending on a Saturday rolls to Monday',
      fn: () => handlerNoticeDeadline('2026-03-04', R),
      due: '2026-03-09',
      rolledFrom: '2026-03-07',
      article: '《执行期限规定》第四条',
    },
    { label: '线索 7 days', fn: () => leadVerificationDeadline({ submittedOn: '2026-03-02' }, R), due: '2026-03-09', article: ADC2 },
    { label: '紧急线索 3 days', fn: () => leadVerificationDeadline({ submittedOn: '2026-03-02', urgent: true }, R), due: '2026-03-05', article: ADC2 },
    {
      label: '紧急线索 ending on 10-03 rolls to 10-08',
      fn: () => leadVerificationDeadline({ submittedOn: '2026-09-30', urgent: true }, R),
      due: '2026-10-08',
      rolledFrom: '2026-10-03',
      article: ADC2,
    },
    {
      label: '线索 ending on 端午 rolls past the weekend',
      fn: () => leadVerificationDeadline({ submittedOn: '2026-06-12' }, R),
      due: '2026-06-22',
      rolledFrom: '2026-06-19',
      article: ADC2,
    },
    {
      label: '执行款发放 30 days 🟡',
      fn: () => payoutDeadline('2026-03-02', R).deadline,
      due: '2026-04-01',
      article: '《执行款物规定》',
      status: 'one-source',
    },
    {
      label: '执行款发放 ending on 10-01 rolls',
      fn: () => payoutDeadline('2026-09-01', R).deadline,
      due: '2026-10-08',
      rolledFrom: '2026-10-01',
      article: '《执行款物规定》',
      status: 'one-source',
    },
    {
      label: '执行款发放 in 10 working days (a court setting) counts the 调休 Saturday',
      fn: () => payoutDeadline('2026-09-28', enforcementRulesWith({ periods: { payout: { length: 10, unit: 'workdays' } } })).deadline,
      due: '2026-10-16',
      article: '《执行款物规定》',
      status: 'one-source',
    },
    {
      label: '网络查控 5-day node ❌ ending on a Saturday',
      fn: () => enforcementPeriodDue('onlineSearch', '2026-03-02', R),
      due: '2026-03-09',
      rolledFrom: '2026-03-07',
      article: '基本解决执行难第三方评估指标（2017）',
      status: 'unconfirmed',
    },
    {
      label: 'a month period ends on the calendar day, even a Sunday',
      fn: () => enforcementPeriodDue('caseLimit', '2026-08-31', R),
      due: '2027-02-28',
      article: '《审限规定》第五条、第八条、第九条；《执行工作规定》第六十三条；《执行期限规定》第一条',
    },
  ])('$label', ({ fn, due, rolledFrom, provisional = false, article, status = 'confirmed' }) => {
    const d = fn()
    expect(d).toMatchObject({ due, provisional, article, status })
    expect(d?.rolledFrom).toBe(rolledFrom)
  })

  it('gives the 涉农 payout target only when the court sets one and the case is 涉农', () => {
    const rules = enforcementRulesWith({ periods: { agriculturalPayout: { length: 10 } } })
    expect(payoutDeadline('2026-03-02', R, true).target).toBeUndefined()
    expect(payoutDeadline('2026-03-02', rules, false).target).toBeUndefined()
    expect(payoutDeadline('2026-03-02', rules, true).target).toMatchObject({ rule: 'agriculturalPayout', due: '2026-03-12', status: 'unconfirmed' })
  })

  it('returns null for a period the court does not set', () => {
    expect(enforcementPeriodDue('agriculturalCaseTarget', '2026-03-02', R)).toBeNull()
  })

  it.each([
    { label: 'a bad receipt day', fn: () => acceptanceDeadline('2026-02-30', R), field: 'receivedOn' },
    { label: 'a bad lead day', fn: () => leadVerificationDeadline({ submittedOn: '2026/03/02' }, R), field: 'submittedOn' },
    { label: 'a bad 立案 day', fn: () => handlerAssignmentDeadline('', R), field: 'filedOn' },
  ])('refuses $label', ({ fn, field }) => {
    expect(fn).toThrow(DomainError)
    try {
      fn()
    } catch (e) {
      expect((e as DomainError).field).toBe(field)
    }
  })

  const dayKeys = (Object.keys(R.periods) as EnforcementPeriodKey[]).filter(
    (k) => R.periods[k].length !== null && ['days', 'workdays'].includes(R.periods[k].unit),
  )
  const day = (n: number) => addDays('2005-01-01', n)

  it('never ends before its start, ends on a working day, and moves only over days off', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dayKeys), fc.integer({ min: 0, max: 34000 }).map(day), (key, from) => {
        const d = enforcementPeriodDue(key, from, R)
        const p = R.periods[key]
        if (d === null) throw new Error('set')
        expect(d.due > from).toBe(true)
        expect(isWorkday(d.due).workday).toBe(true)
        if (p.unit === 'days') {
          const last = addDays(from, p.length as number)
          expect(d.due >= last).toBe(true)
          for (let x = last; x < d.due; x = addDays(x, 1)) expect(isWorkday(x).workday).toBe(false)
        } else {
          let n = 0
          for (let x = addDays(from, 1); x <= d.due; x = addDays(x, 1)) if (isWorkday(x).workday) n++
          expect(n).toBe(p.length)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('an urgent lead is never due after an ordinary one received the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 34000 }).map(day), (submittedOn) => {
        expect(leadVerificationDeadline({ submittedOn, urgent: true }, R).due <= leadVerificationDeadline({ submittedOn }, R).due).toBe(true)
      }),
    )
  })
})
