import fc from 'fast-check'
import { addDays, addMonths, enforcementApplicationPeriod } from '../../../domain'

const A250 = '《民事诉讼法》第二百五十条'

describe('enforcementApplicationPeriod (《民事诉讼法》第二百五十条, through dueDate)', () => {
  it.each([
    { label: 'two years on, shown as a date', from: '2026-03-10', on: '2026-11-25', due: '2028-03-10', text: '申请执行期限到2028年3月10日', late: false },
    { label: 'applying on the last day is in time', from: '2024-03-10', on: '2026-03-10', due: '2026-03-10', text: '申请执行期限到2026年3月10日', late: false },
    {
      label: 'a day late: accepted, with the warning',
      from: '2024-03-10',
      on: '2026-03-11',
      due: '2026-03-10',
      text: '申请执行期限到2026年3月10日',
      late: true,
    },
    {
      label: 'ending on 国庆 rolls to 10-08',
      from: '2024-10-01',
      on: '2026-10-08',
      due: '2026-10-08',
      text: '申请执行期限到2026年10月8日',
      late: false,
      rolledFrom: '2026-10-01',
    },
    {
      label: 'from 02-29 ends on 02-28, a 调休 Saturday',
      from: '2024-02-29',
      on: '2026-03-01',
      due: '2026-02-28',
      text: '申请执行期限到2026年2月28日',
      late: true,
    },
  ])('$label', ({ from, on, due, text, late, rolledFrom }) => {
    const p = enforcementApplicationPeriod({ from, on })
    expect(p).toMatchObject({ limited: true, due, text, late, article: A250 })
    if (!p.limited) throw new Error('limited')
    expect(p.rolledFrom).toBe(rolledFrom)
    if (late) {
      expect(p.warning).toContain('法院仍然会受理您的申请')
      expect(p.warning).toContain('裁定不予执行')
      expect(p.warning).toContain('《民诉法解释》第四百八十一条')
    } else {
      expect(p.warning).toBeUndefined()
    }
  })

  it('has no limit when resuming after 终本 (《终本规定》第九条)', () => {
    expect(enforcementApplicationPeriod({ from: '2020-01-01', on: '2026-11-25', resumingAfterTermination: true })).toEqual({
      limited: false,
      article: '《终本规定》第九条',
      text: '终结本次执行程序后申请恢复执行，不受申请执行期限的限制',
      late: false,
    })
  })

  it.each([
    { label: 'a bad application day', input: { from: '2026-03-10', on: '2026-3-1' }, field: 'on' },
    { label: 'a bad start', input: { from: '2026-02-30', on: '2026-03-01' }, field: 'from' },
  ])('refuses $label', ({ input, field }) => {
    expect(() => enforcementApplicationPeriod(input)).toThrow(expect.objectContaining({ code: 'DATE_INVALID', field }))
  })

  it('is late exactly when applied after the last day, which is never before two years on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25000 }), fc.integer({ min: 0, max: 1500 }), (a, b) => {
        const from = addDays('2005-01-01', a)
        const on = addDays(from, b)
        const p = enforcementApplicationPeriod({ from, on })
        if (!p.limited) throw new Error('limited')
        expect(p.due >= addMonths(from, 24)).toBe(true)
        expect(p.late).toBe(on > p.due)
        expect(p.warning !== undefined).toBe(p.late)
      }),
    )
  })
})
