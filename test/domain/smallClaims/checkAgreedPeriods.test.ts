import { DomainError } from '../../../domain/errors'
import { checkAgreedPeriods } from '../../../domain/smallClaims/checkAgreedPeriods'

describe('checkAgreedPeriods — 《民诉法解释》第二百七十五条', () => {
  it.each([
    { label: 'both periods', periods: { evidenceDays: 3, defenceDays: 7 }, expected: { evidenceDays: 3, defenceDays: 7 } },
    { label: 'evidence 7 days (the most, 第一款)', periods: { evidenceDays: 7 }, expected: { evidenceDays: 7 } },
    { label: 'evidence 1 day', periods: { evidenceDays: 1 }, expected: { evidenceDays: 1 } },
    { label: 'defence 15 days (the most, 第二款)', periods: { defenceDays: 15 }, expected: { defenceDays: 15 } },
    { label: 'no defence period needed (第三款)', periods: { defenceDays: 0 }, expected: { defenceDays: 0 } },
    { label: 'nothing: clears the record', periods: {}, expected: {} },
  ])('accepts $label', ({ periods, expected }) => {
    expect(checkAgreedPeriods('small-claims', periods)).toEqual(expected)
  })

  it.each([
    { label: 'evidence 8 days', procedure: 'small-claims', periods: { evidenceDays: 8 }, field: 'evidenceDays', message: '约定的举证期限应为1至7日' },
    { label: 'evidence 0 days', procedure: 'small-claims', periods: { evidenceDays: 0 }, field: 'evidenceDays', message: '约定的举证期限应为1至7日' },
    { label: 'defence 16 days', procedure: 'small-claims', periods: { defenceDays: 16 }, field: 'defenceDays', message: '约定的答辩期间应为0至15日' },
    { label: 'defence half a day', procedure: 'small-claims', periods: { defenceDays: 2.5 }, field: 'defenceDays', message: '约定的答辩期间应为0至15日' },
    {
      label: 'a simple-procedure case',
      procedure: 'simple',
      periods: { defenceDays: 7 },
      field: 'defenceDays',
      message: '只有适用小额诉讼程序的案件可以约定举证期限和答辩期间',
    },
  ] as const)('refuses $label', ({ procedure, periods, field, message }) => {
    expect(() => checkAgreedPeriods(procedure, periods)).toThrow(new DomainError('SMALL_CLAIMS_AGREED_PERIOD_INVALID', message, field))
    try {
      checkAgreedPeriods(procedure, periods)
    } catch (e) {
      expect(e).toMatchObject({ code: 'SMALL_CLAIMS_AGREED_PERIOD_INVALID', field })
    }
  })
})
