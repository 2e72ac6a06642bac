import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>
const KEY_LEN = 32

/** scrypt with a random salt, stored as `scrypt$<salt b64>$<hash b64>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const hash = await scryptAsync(password, salt, KEY_LEN)
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, saltB64, hashB64] = (stored ?? '').split('$')
  if (scheme !== 'scrypt' || !saltB64 || !hashB64) return false
  const expected = Buffer.from(hashB64, 'base64')
  const actual = await scryptAsync(password, Buffer.from(saltB64, 'base64'), expected.length)
  return timingSafeEqual(expected, actual)
}

let dummy: Promise<string> | undefined

/**
 * A hash of a random password nobody knows, made once. Checking a password against it for an
 * unknown account costs the same scrypt as for a real one, so the answer's timing does not tell
 * which accounts exist.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'))
  return dummy
}

/** Why a new staff password will not do (in Chinese, for the person choosing it), or null. */
export function passwordProblem(password: string): string | null {
  const chars = [...password]
  if (chars.length < 8) return '密码至少需要8位'
  if (chars.length > 128) return '密码不能超过128位'
  if (new Set(chars).size < 4) return '密码太简单了，请混用字母、数字和符号'
  if (['demo1234', '12345678', 'password', 'abcd1234', '11111111', 'admin123'].includes(password.toLowerCase())) return '这个密码太常见，请换一个'
  return null
}
