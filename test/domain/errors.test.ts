import { DomainError } from '../../domain'

describe('DomainError', () => {
  it.each([
    { label: 'with field', code: 'FEE_AMOUNT_INVALID', message: '金额不对', field: 'amountFen' },
    { label: 'without field', code: 'DATE_INVALID', message: '日期不对', field: undefined },
  ])('$label', ({ code, message, field }) => {
    const e = new DomainError(code, message, field)
    expect(e).toBeInstanceOf(Error)
    expect(e).toBeInstanceOf(DomainError)
    expect(e.name).toBe('DomainError')
    expect(e.code).toBe(code)
    expect(e.message).toBe(message)
    expect(e.field).toBe(field)
  })
})
