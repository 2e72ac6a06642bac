import { complaintServedOn, DomainError } from '../../../domain'

describe('complaintServedOn (民事诉讼法第一百二十八条)', () => {
  it.each([
    {
      label: 'accepted today, not served yet: the fifth day after filing',
      input: { filedOn: '2026-11-25', today: '2026-11-25', defendants: [[]] },
      out: { servedOn: '2026-11-30', assumed: true },
    },
    {
      label: 'five days passed, not served yet: the next working day',
      input: { filedOn: '2026-11-02', today: '2026-11-25', defendants: [[]] },
      out: { servedOn: '2026-11-26', assumed: true },
    },
    {
      label: 'overdue on a Friday: Monday',
      input: { filedOn: '2026-11-02', today: '2026-11-27', defendants: [[]] },
      out: { servedOn: '2026-11-30', assumed: true },
    },
    {
      label: 'served: the earliest copy that reached the defendant',
      input: { filedOn: '2026-11-02', today: '2026-11-25', defendants: [['2026-11-05', '2026-11-04']] },
      out: { servedOn: '2026-11-04', assumed: false },
    },
    {
      label: 'two defendants: the one served last',
      input: { filedOn: '2026-11-02', today: '2026-11-25', defendants: [['2026-11-04'], ['2026-11-06']] },
      out: { servedOn: '2026-11-06', assumed: false },
    },
    {
      label: 'one of two not served yet: waits for that one',
      input: { filedOn: '2026-11-02', today: '2026-11-25', defendants: [['2026-11-04'], []] },
      out: { servedOn: '2026-11-26', assumed: true },
    },
    {
      label: 'no defendant named: the fifth day after filing',
      input: { filedOn: '2026-11-02', today: '2026-11-25', defendants: [] },
      out: { servedOn: '2026-11-07', assumed: true },
    },
    {
      label: 'a copy served before filing counts from the filing day',
      input: { filedOn: '2026-11-02', today: '2026-11-25', defendants: [['2026-10-30']] },
      out: { servedOn: '2026-11-02', assumed: false },
    },
  ])('$label', ({ input, out }) => {
    expect(complaintServedOn(input)).toEqual(out)
  })

  it('refuses an impossible day', () => {
    expect(() => complaintServedOn({ filedOn: '2026-02-30', today: '2026-03-02', defendants: [[]] })).toThrow(DomainError)
  })
})
