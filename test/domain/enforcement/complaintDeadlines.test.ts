import { complaintDeadlines, ENFORCEMENT_RULES, enforcementRulesWith } from '../../../domain'

const R = ENFORCEMENT_RULES

describe('complaintDeadlines (执行信访: 法〔2021〕227号 and 322号)', () => {
  it.each([
    {
      label: '30 days against 30 working days: the calendar days are stricter',
      complaint: { receivedOn: '2026-11-02' },
      rules: R,
      registration: '2026-11-09',
      answers: ['2026-12-02', '2026-12-14'],
      stricter: 'complaintAnswer',
      conflict: true,
    },
    {
      label: 'across 中秋 and 国庆 (the 调休 Saturday counts as a working day)',
      complaint: { receivedOn: '2026-09-21' },
      rules: R,
      registration: '2026-09-29',
      answers: ['2026-10-21', '2026-11-09'],
      stricter: 'complaintAnswer',
      conflict: true,
    },
    {
      label: 'a lower court’s case: screened in 15 working days, nothing to compare',
      complaint: { receivedOn: '2026-11-02', aboutLowerCourt: true },
      rules: R,
      registration: '2026-11-09',
      answers: ['2026-11-23'],
      stricter: 'complaintScreening',
      conflict: false,
    },
    {
      label: 'a court that sets 45 days: the working days become stricter',
      complaint: { receivedOn: '2026-11-02' },
      rules: enforcementRulesWith({ periods: { complaintAnswer: { length: 45 } } }),
      registration: '2026-11-09',
      answers: ['2026-12-17', '2026-12-14'],
      stricter: 'complaintAnswerWorkdays',
      conflict: true,
    },
    {
      label: 'a court that settles the conflict on 30 days: no conflict',
      complaint: { receivedOn: '2026-11-02' },
      rules: enforcementRulesWith({ periods: { complaintAnswerWorkdays: { length: 30, unit: 'days' } } }),
      registration: '2026-11-09',
      answers: ['2026-12-02', '2026-12-02'],
      stricter: 'complaintAnswer',
      conflict: false,
    },
  ])('$label', ({ complaint, rules, registration, answers, stricter, conflict }) => {
    const d = complaintDeadlines(complaint, rules)
    expect(d.registration).toMatchObject({ rule: 'complaintRegistration', due: registration, status: 'one-source' })
    expect(d.answers.map((a) => a.due)).toEqual(answers)
    expect(d.stricter.rule).toBe(stricter)
    expect(d.stricter.due).toBe([...answers].sort()[0])
    expect(d.conflict).toBe(conflict)
  })

  it('cites both documents', () => {
    const d = complaintDeadlines({ receivedOn: '2026-11-02' }, R)
    expect(d.answers.map((a) => a.article)).toEqual(['《接访即办意见》第五项', '《执行监督意见》第30项'])
  })

  it('refuses a bad day', () => {
    expect(() => complaintDeadlines({ receivedOn: '2026-13-01' }, R)).toThrow(expect.objectContaining({ code: 'DATE_INVALID', field: 'receivedOn' }))
  })
})
