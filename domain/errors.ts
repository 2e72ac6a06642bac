/**
 * A rule violation the person can act on. `code` is stable (clients and tests switch on it),
 * `message` is plain Chinese fit to show as is, `field` names the input it concerns.
 *
 * The server maps it to its error envelope `{ error: { code, message, field } }` with a 4xx status.
 *
 * @param code stable upper-snake code, e.g. 'FEE_AMOUNT_INVALID'
 * @param message plain Chinese, e.g. '金额不能是负数'
 * @param field the input it concerns, e.g. 'amountFen'
 * @example
 * throw new DomainError('DATE_INVALID', '没有这一天：2026-02-30，请核对日期', 'from')
 */
export class DomainError extends Error {
  readonly code: string
  readonly field?: string

  constructor(code: string, message: string, field?: string) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.field = field
    // Keeps `instanceof DomainError` true when compiled down to ES5-style classes (weapp builds).
    Object.setPrototypeOf(this, DomainError.prototype)
  }
}
