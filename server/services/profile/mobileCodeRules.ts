import { AppError } from '../../errors'
import { MOBILE_CODE_MINUTES } from '../notify'

/**
 * How an SMS code may be asked for and answered. Sending costs money and can be turned against a
 * stranger's phone, so it is limited per account and per number; answering is limited per code,
 * so a six-digit code cannot be guessed (5 tries of 1,000,000, a new code at most 5 times an hour).
 */
export const MOBILE_CODE_RULES = {
  ttlMs: MOBILE_CODE_MINUTES * 60_000,
  maxTries: 5,
  /** between two codes to the same account */
  resendMs: 60_000,
  perAccountPerHour: 5,
  perNumberPerDay: 10,
} as const

const HOUR_MS = 3600_000
const DAY_MS = 24 * HOUR_MS

/** The instants the rate limits count from. */
export const windowsFrom = (nowMs: number) => ({ hour: nowMs - HOUR_MS, day: nowMs - DAY_MS })

export const tooSoon = (waitMs: number) =>
  new AppError(429, 'MOBILE_CODE_TOO_SOON', `验证码刚刚发出，请${Math.max(1, Math.ceil(waitMs / 1000))}秒后再获取`, 'mobile')
export const accountLimit = () => new AppError(429, 'MOBILE_CODE_LIMIT', '获取验证码的次数太多了，请1小时后再试', 'mobile')
export const numberLimit = () => new AppError(429, 'MOBILE_CODE_LIMIT', '这个号码今天收到的验证码太多了，请明天再试', 'mobile')
