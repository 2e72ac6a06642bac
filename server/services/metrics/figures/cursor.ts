import { badRequest } from '../../../errors'

/** A page's end as an opaque token: the (day, id) of its last row, rows being ordered by both. */
export interface Keyset {
  day: string
  id: string
}

export const encodeCursor = (k: Keyset): string => Buffer.from(JSON.stringify([k.day, k.id]), 'utf8').toString('base64url')

/** Reads a token from `encodeCursor`; anything else is a 400 on 'cursor'. */
export function decodeCursor(token: string | undefined): Keyset | null {
  if (token === undefined) return null
  try {
    const v: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v[0])) {
      return { day: v[0], id: v[1] }
    }
  } catch {
    // falls through to the one error below
  }
  throw badRequest('METRIC_CURSOR_INVALID', '翻页位置无效，请从第一页重新查看', 'cursor')
}
