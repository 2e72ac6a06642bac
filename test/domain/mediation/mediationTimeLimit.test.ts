import { mediationTimeLimit } from '../../../domain'

describe('mediationTimeLimit (在线调解规则 art. 24)', () => {
  it.each([
    {
      label: 'before filing: 30 days, a Saturday rolls to Monday',
      stage: 'pre-filing' as const,
      procedure: null,
      from: '2026-11-26',
      days: 30,
      due: '2026-12-28',
    },
    { label: 'ordinary procedure: 15 days', stage: 'in-case' as const, procedure: 'ordinary', from: '2026-11-25', days: 15, due: '2026-12-10' },
    { label: 'simple procedure: 7 days', stage: 'in-case' as const, procedure: 'simple', from: '2026-11-25', days: 7, due: '2026-12-02' },
    { label: 'small claims count as simple', stage: 'in-case' as const, procedure: 'small-claims', from: '2026-11-25', days: 7, due: '2026-12-02' },
    { label: 'a last day in 国庆 moves to 10-08', stage: 'in-case' as const, procedure: 'simple', from: '2026-09-30', days: 7, due: '2026-10-08' },
  ])('$label', ({ stage, procedure, from, days, due }) => {
    expect(mediationTimeLimit({ stage, procedure, from })).toMatchObject({ days, due, article: '《人民法院在线调解规则》第二十四条' })
  })

  it('needs the procedure in a case', () => {
    expect(() => mediationTimeLimit({ stage: 'in-case', from: '2026-11-25' })).toThrow(expect.objectContaining({ code: 'MEDIATION_PROCEDURE_REQUIRED' }))
  })
})
