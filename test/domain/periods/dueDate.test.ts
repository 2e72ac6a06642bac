import fc from 'fast-check'
import { addDays, addMonths, DomainError, dueDate, isWorkday, PERIOD_RULES, type PeriodRule } from '../../../domain'

const A171 = '《民事诉讼法》第一百七十一条'

describe('dueDate', () => {
  it.each([
    {
      label: 'appeal 15 days ending on 国庆 Saturday 10-03 rolls to 10-08',
      rule: 'appeal-judgment',
      from: '2026-09-18',
      due: '2026-10-08',
      rolledFrom: '2026-10-03',
      article: A171,
    },
    {
      label: 'ruling appeal 10 days ending on the 调休 Saturday 10-10 does not roll',
      rule: 'appeal-ruling',
      from: '2026-09-30',
      due: '2026-10-10',
      article: A171,
    },
    {
      label: 'defence 15 days ending on 10-01 rolls to 10-08',
      rule: 'defence',
      from: '2026-09-16',
      due: '2026-10-08',
      rolledFrom: '2026-10-01',
      article: '《民事诉讼法》第一百二十八条',
    },
    { label: 'appeal ending on a Monday', rule: 'appeal-judgment', from: '2026-11-01', due: '2026-11-16', article: A171 },
    {
      label: 'appeal ending on an ordinary Sunday rolls to Monday',
      rule: 'appeal-judgment',
      from: '2026-10-24',
      due: '2026-11-09',
      rolledFrom: '2026-11-08',
      article: A171,
    },
    {
      label: 'fee payment ending in 春节 rolls past 02-23',
      rule: 'fee-payment',
      from: '2026-02-10',
      due: '2026-02-24',
      rolledFrom: '2026-02-17',
      article: '《诉讼费用交纳办法》第二十二条',
    },
    {
      label: 'fee payment ending on the 春节 调休 Saturday 02-14',
      rule: 'fee-payment',
      from: '2026-02-07',
      due: '2026-02-14',
      article: '《诉讼费用交纳办法》第二十二条',
    },
    {
      label: 'filing review ending in 劳动节 rolls to 05-06',
      rule: 'filing-review',
      from: '2026-04-27',
      due: '2026-05-06',
      rolledFrom: '2026-05-04',
      article: '《民事诉讼法》第一百二十六条',
    },
    {
      label: 'public notice: deemed served on day 30, rolled off 国庆',
      rule: 'public-notice',
      from: '2026-09-01',
      due: '2026-10-08',
      rolledFrom: '2026-10-01',
      article: '《民事诉讼法》第九十五条',
    },
    { label: 'public notice ending on a workday', rule: 'public-notice', from: '2026-12-01', due: '2026-12-31', article: '《民事诉讼法》第九十五条' },
    {
      label: 'judicial confirmation 30 days ending on 端午 06-19 rolls past the weekend',
      rule: 'judicial-confirmation',
      from: '2026-05-20',
      due: '2026-06-22',
      rolledFrom: '2026-06-19',
      article: '《民事诉讼法》第二百零五条',
    },
    { label: 'year end onto the 元旦 调休 Sunday 2026-01-04', rule: 'defence', from: '2025-12-20', due: '2026-01-04', article: '《民事诉讼法》第一百二十八条' },
    {
      label: 'defendant abroad: 30 days ending on 10-01 rolls to 10-08, art 285',
      rule: 'defence-abroad',
      from: '2026-09-01',
      due: '2026-10-08',
      rolledFrom: '2026-10-01',
      article: '《民事诉讼法》第二百八十五条',
    },
    {
      label: 'appeal from abroad: 30 days to a Wednesday, art 286',
      rule: 'appeal-abroad',
      from: '2026-11-02',
      due: '2026-12-02',
      article: '《民事诉讼法》第二百八十六条',
    },
    {
      label: 'appeal from abroad ending on the 调休 Saturday 10-10',
      rule: 'appeal-abroad',
      from: '2026-09-10',
      due: '2026-10-10',
      article: '《民事诉讼法》第二百八十六条',
    },
    {
      label: 'public notice abroad: 60 days, 08-01 → 09-30, art 283',
      rule: 'public-notice-abroad',
      from: '2026-08-01',
      due: '2026-09-30',
      article: '《民事诉讼法》第二百八十三条',
    },
    {
      label: 'public notice abroad ending on 10-02 rolls to 10-08',
      rule: 'public-notice-abroad',
      from: '2026-08-03',
      due: '2026-10-08',
      rolledFrom: '2026-10-02',
      article: '《民事诉讼法》第二百八十三条',
    },
    {
      label: 'enforcement application: 2 years from Feb 29 end on Feb 28, here the 春节 调休 Saturday',
      rule: 'enforcement-application',
      from: '2024-02-29',
      due: '2026-02-28',
      article: '《民事诉讼法》第二百五十条',
    },
    {
      label: 'enforcement application: 2 years ending on 国庆 roll to 10-08',
      rule: 'enforcement-application',
      from: '2024-10-01',
      due: '2026-10-08',
      rolledFrom: '2026-10-01',
      article: '《民事诉讼法》第二百五十条',
    },
  ] as Array<{ label: string; rule: PeriodRule; from: string; due: string; rolledFrom?: string; article: string }>)(
    '$label',
    ({ rule, from, due, rolledFrom, article }) => {
      const want = rolledFrom ? { due, provisional: false, article, rolledFrom } : { due, provisional: false, article }
      expect(dueDate({ rule, from })).toEqual(want)
    },
  )

  it.each([
    {
      label: 'into unpublished 2027: provisional',
      rule: 'defence',
      from: '2026-12-20',
      want: { due: '2027-01-04', provisional: true, article: '《民事诉讼法》第一百二十八条' },
    },
    {
      label: '2027 元旦 (provisional) rolls over the weekend',
      rule: 'appeal-ruling',
      from: '2026-12-22',
      want: { due: '2027-01-04', provisional: true, article: A171, rolledFrom: '2027-01-01' },
    },
    {
      label: '2027 春节 初三 by the lunar rule',
      rule: 'appeal-judgment',
      from: '2027-01-24',
      want: { due: '2027-02-15', provisional: true, article: A171, rolledFrom: '2027-02-08' },
    },
    {
      label: '2027 国庆 by the usual 7 days',
      rule: 'appeal-judgment',
      from: '2027-09-22',
      want: { due: '2027-10-08', provisional: true, article: A171, rolledFrom: '2027-10-07' },
    },
    {
      label: 'enforcement application into 2028: provisional',
      rule: 'enforcement-application',
      from: '2026-03-16',
      want: { due: '2028-03-16', provisional: true, article: '《民事诉讼法》第二百五十条' },
    },
    {
      label: 'within 2026 right before the year end: final',
      rule: 'filing-review',
      from: '2026-12-24',
      want: { due: '2026-12-31', provisional: false, article: '《民事诉讼法》第一百二十六条' },
    },
  ] as Array<{ label: string; rule: PeriodRule; from: string; want: object }>)('$label', ({ rule, from, want }) => {
    expect(dueDate({ rule, from })).toEqual(want)
  })

  it.each([
    { label: 'unknown rule', input: { rule: 'appeal', from: '2026-10-08' }, code: 'PERIOD_RULE_UNKNOWN', field: 'rule' },
    { label: 'prototype key as rule', input: { rule: 'toString', from: '2026-10-08' }, code: 'PERIOD_RULE_UNKNOWN', field: 'rule' },
    { label: 'bad from', input: { rule: 'defence', from: '2026-02-30' }, code: 'DATE_INVALID', field: 'from' },
    { label: 'from before the calendar', input: { rule: 'defence', from: '2003-01-01' }, code: 'DATE_OUT_OF_RANGE', field: 'from' },
  ])('rejects $label', ({ input, code, field }) => {
    expect(() => dueDate(input as { rule: PeriodRule; from: string })).toThrow(DomainError)
    expect(() => dueDate(input as { rule: PeriodRule; from: string })).toThrow(expect.objectContaining({ code, field }))
  })

  it('ends on a working day, never before from + n, rolling only over days off', () => {
    const rules = Object.keys(PERIOD_RULES) as PeriodRule[]
    const day = (n: number) => new Date(n * 864e5).toISOString().slice(0, 10)
    // The calendar ends with 2100: a 60-day period may start until 11-01, a 2-year one until 2098.
    const start = (rule: PeriodRule) =>
      fc.integer({ min: Date.UTC(2004, 0, 1) / 864e5, max: (PERIOD_RULES[rule].years ? Date.UTC(2098, 10, 1) : Date.UTC(2100, 10, 1)) / 864e5 }).map(day)
    fc.assert(
      fc.property(
        fc.constantFrom(...rules).chain((rule) => fc.tuple(fc.constant(rule), start(rule))),
        ([rule, from]) => {
          const r = dueDate({ rule, from })
          const info = PERIOD_RULES[rule]
          const last = info.years !== undefined ? addMonths(from, info.years * 12) : addDays(from, info.days)
          expect(isWorkday(r.due).workday).toBe(true)
          expect(r.due >= last).toBe(true)
          expect(r.article).toBe(info.article)
          if (r.rolledFrom === undefined) {
            expect(r.due).toBe(last)
          } else {
            expect(r.rolledFrom).toBe(last)
            for (let d = last; d < r.due; d = addDays(d, 1)) expect(isWorkday(d).workday).toBe(false)
          }
          expect(r.provisional).toBe(Number(r.due.slice(0, 4)) > 2026)
        },
      ),
    )
  })

  it('gives a party abroad at least as long as one at home', () => {
    const pairs: Array<[PeriodRule, PeriodRule]> = [
      ['defence', 'defence-abroad'],
      ['appeal-judgment', 'appeal-abroad'],
      ['appeal-ruling', 'appeal-abroad'],
      ['public-notice', 'public-notice-abroad'],
    ]
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.constantFrom(...pairs), (n, [home, abroad]) => {
        const from = addDays('2024-01-01', n)
        expect(dueDate({ rule: abroad, from }).due > dueDate({ rule: home, from }).due).toBe(true)
      }),
    )
  })
})
