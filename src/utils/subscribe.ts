import Taro from '@tarojs/taro'

/** The moments at which a party is asked to allow WeChat subscribe messages. */
export type SubscribeMoment = 'filing' | 'address' | 'hearing' | 'mediation'

const MOMENTS: readonly SubscribeMoment[] = ['filing', 'address', 'hearing', 'mediation']
const REJECTED_KEY = 'subscribe-rejected'

/**
 * Reads the template ids configured for each moment. The operator sets the same ids on the
 * server, so the build accepts either a JSON object or a `moment:id,moment:id` list; a moment
 * may carry several ids separated by `|`. Unknown moments and empty ids are dropped.
 *
 * @param raw the value of `TARO_APP_SUBSCRIBE_TEMPLATES` ('' when not configured)
 * @returns template ids per moment
 * @example
 * parseSubscribeTemplates('filing:T1,hearing:T2|T3') // => { filing: ['T1'], hearing: ['T2', 'T3'] }
 */
export function parseSubscribeTemplates(raw: string): Partial<Record<SubscribeMoment, string[]>> {
  const out: Partial<Record<SubscribeMoment, string[]>> = {}
  const text = raw.trim()
  if (!text) return out
  let pairs: [string, string][] = []
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>
      pairs = Object.entries(parsed).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : String(v)])
    } catch {
      return out
    }
  } else {
    pairs = text.split(',').map((part) => {
      const at = part.indexOf(':')
      return at < 0 ? ['', ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()]
    })
  }
  for (const [moment, ids] of pairs) {
    if (!(MOMENTS as readonly string[]).includes(moment)) continue
    const list = ids
      .split('|')
      .map((id) => id.trim())
      .filter(Boolean)
    if (list.length) out[moment as SubscribeMoment] = list
  }
  return out
}

/** What askToSubscribe needs from the platform; injected in tests. */
export interface SubscribeDeps {
  env: string
  templates: string
  request: (tmplIds: string[]) => Promise<Record<string, string>>
  getRejected: () => string[]
  setRejected: (ids: string[]) => void
}

const defaultDeps = (): SubscribeDeps => ({
  env: process.env.TARO_ENV ?? '',
  templates: process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '',
  request: (tmplIds) => Taro.requestSubscribeMessage({ tmplIds, entityIds: [] }) as unknown as Promise<Record<string, string>>,
  getRejected: () => {
    const v: unknown = Taro.getStorageSync(REJECTED_KEY)
    return Array.isArray(v) ? (v as string[]) : []
  },
  setRejected: (ids) => Taro.setStorageSync(REJECTED_KEY, ids),
})

/**
 * Asks the party to allow the subscribe messages of one moment. WeChat only shows the dialog
 * inside a tap, so call this synchronously in the tap handler, before any await. It never
 * blocks or fails the action: it is skipped on H5, when no template is configured, and for
 * templates the party has already rejected (remembered so they are not asked again and again).
 *
 * @param moment the moment that needs notifications
 * @param deps platform access (tests only)
 * @returns a promise that settles when WeChat answers; callers need not await it
 * @example
 * onTap = () => { void askToSubscribe('filing'); submit() }
 */
export function askToSubscribe(moment: SubscribeMoment, deps: SubscribeDeps = defaultDeps()): Promise<void> {
  if (deps.env !== 'weapp') return Promise.resolve()
  const rejected = deps.getRejected()
  const ids = (parseSubscribeTemplates(deps.templates)[moment] ?? [])
    .filter((id) => !rejected.includes(id))
    // WeChat accepts at most three templates per request.
    .slice(0, 3)
  if (!ids.length) return Promise.resolve()
  let asked: Promise<Record<string, string>>
  try {
    asked = deps.request(ids)
  } catch {
    return Promise.resolve()
  }
  return asked
    .then((answer) => {
      const newlyRejected = ids.filter((id) => answer[id] === 'reject')
      if (newlyRejected.length) deps.setRejected([...rejected, ...newlyRejected])
    })
    .catch(() => undefined)
}
