/**
 * An error a user can act on: a stable code for clients and tests, a plain Chinese
 * message for the person, and the field it concerns. Rendered as the error envelope
 * `{ error: { code, message, field } }` with a 4xx status.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Every problem found, when there are several (a whole form checked at once). */
    readonly problems?: Array<{ code: string; field: string; message: string }>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const badRequest = (code: string, message: string, field?: string) => new AppError(400, code, message, field)
export const unauthorized = (message = '请先登录') => new AppError(401, 'AUTH_REQUIRED', message)
export const forbidden = (message = '您没有权限进行此操作') => new AppError(403, 'FORBIDDEN', message)
export const notFound = (code: string, message: string) => new AppError(404, code, message)
export const conflict = (code: string, message: string, field?: string) => new AppError(409, code, message, field)
