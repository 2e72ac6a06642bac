import { MAX_BUSY_SPAN_DAYS, validateBusyRange } from '../../../domain'

const TODAY = '2026-11-25'

describe('validateBusyRange', () => {
  it.each([
    { label: 'one day ahead', from: '2026-12-20', to: '2026-12-20', code: null, field: null },
    { label: 'three days ahead', from: '2026-12-20', to: '2026-12-22', code: null, field: null },
    { label: 'a range already under way (started before today, ends after)', from: '2026-11-20', to: '2026-11-30', code: null, field: null },
    { label: 'exactly 92 days, both ends counted', from: '2027-08-01', to: '2027-10-31', code: null, field: null },
    { label: '93 days', from: '2027-08-01', to: '2027-11-01', code: 'FARM_BUSY_RANGE_TOO_LONG', field: 'to' },
    { label: 'four months', from: '2027-08-01', to: '2027-11-30', code: 'FARM_BUSY_RANGE_TOO_LONG', field: 'to' },
    { label: 'ending before it starts', from: '2027-08-05', to: '2027-08-01', code: 'FARM_BUSY_RANGE_INVALID', field: 'to' },
    { label: 'a start that does not exist', from: '2027-02-30', to: '2027-03-01', code: 'DATE_INVALID', field: 'from' },
    { label: 'an end that does not exist', from: '2027-02-01', to: '2027-02-29', code: 'DATE_INVALID', field: 'to' },
    { label: 'a badly written start', from: '2027/8/1', to: '2027-08-02', code: 'DATE_INVALID', field: 'from' },
    { label: 'already over', from: '2026-11-20', to: '2026-11-24', code: 'FARM_BUSY_RANGE_PAST', field: 'to' },
    { label: 'ending today', from: '2026-11-25', to: '2026-11-25', code: 'FARM_BUSY_RANGE_PAST', field: 'to' },
  ])('$label → $code', ({ from, to, code, field }) => {
    const problem = validateBusyRange({ from, to }, TODAY)
    expect(problem && { code: problem.code, field: problem.field }).toEqual(code ? { code, field } : null)
    if (problem) expect(problem.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('checks the start before the end, and the order before the length', () => {
    expect(validateBusyRange({ from: '2027-02-30', to: '2027-13-01' }, TODAY)?.field).toBe('from')
    expect(validateBusyRange({ from: '2028-01-01', to: '2027-01-01' }, TODAY)?.code).toBe('FARM_BUSY_RANGE_INVALID')
  })

  it('tells a party with a long absence to call the judge, naming the cap', () => {
    expect(validateBusyRange({ from: '2027-08-01', to: '2027-12-31' }, TODAY)?.message).toBe(
      `一次申报的不便日期最多${MAX_BUSY_SPAN_DAYS}天；更长时间不能到庭，请直接联系承办法官`,
    )
    expect(MAX_BUSY_SPAN_DAYS).toBe(92)
  })
})
