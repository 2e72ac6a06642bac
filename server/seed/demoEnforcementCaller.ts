import type { FastifyInstance } from 'fastify'
import { addDays } from '../../domain/dates/addDays'
import { shanghaiDay } from '../clock'

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 32), Buffer.from('\n%%EOF\n')])

export type Method = 'GET' | 'POST' | 'PUT'

/** A clock the seed moves: each step happens on its own day, at ten in the morning in Shanghai. */
export function seedClock(now: Date) {
  let at = now
  const today = shanghaiDay(now)
  return {
    clock: { now: () => at },
    /** n days before the seed's day (0: the seed's own moment) */
    daysAgo(n: number): string {
      const day = addDays(today, -n)
      at = n === 0 ? now : new Date(`${day}T10:00:00+08:00`)
      return day
    },
  }
}

/** Calls the seed app as a user would, failing loudly with the reply when a step is refused. */
export function caller(app: FastifyInstance) {
  const tokens = new Map<string, string>()
  const headers = async (user: string) => {
    if (!tokens.has(user)) tokens.set(user, app.jwt.sign({ sid: await app.services.sessions.open(user) }))
    return { authorization: `Bearer ${tokens.get(user)}` }
  }
  const call = async <T = Record<string, unknown>>(user: string, method: Method, url: string, payload?: object): Promise<T> => {
    const res = await app.inject({ method, url: `/api/v1${url}`, headers: await headers(user), ...(payload ? { payload } : {}) })
    if (res.statusCode >= 300) throw new Error(`demo enforcement seed: ${method} ${url} → ${res.statusCode} ${res.body}`)
    return res.json() as T
  }
  /** A step on a route this server may not have yet (re-checks, 执行信访): skipped when the route is missing, never when refused. */
  const optional = async (user: string, method: Method, url: string, payload?: object): Promise<void> => {
    const res = await app.inject({ method, url: `/api/v1${url}`, headers: await headers(user), ...(payload ? { payload } : {}) })
    if (res.statusCode === 404 && (res.json() as { error?: { code?: string } }).error?.code === 'NOT_FOUND') return
    if (res.statusCode >= 300) throw new Error(`demo enforcement seed: ${method} ${url} → ${res.statusCode} ${res.body}`)
  }
  const upload = async (user: string, name: string): Promise<string> => {
    const boundary = `----seed${Math.random().toString(16).slice(2)}`
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...(await headers(user)), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    })
    if (res.statusCode !== 201) throw new Error(`demo enforcement seed: upload ${name} → ${res.statusCode} ${res.body}`)
    return (res.json() as { id: string }).id
  }
  return { call, optional, upload }
}

export type Call = ReturnType<typeof caller>
export interface CaseView {
  id: string
  caseNumber: string | null
  leads: Array<{ id: string }>
  controls: Array<{ id: string }>
  ledger: { receipts: Array<{ id: string }> }
}
