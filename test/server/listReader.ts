import type { TestApp } from './helpers'

/** A page of a list as a test reads it: the rows' ids, the next cursor, and the body as sent. */
export interface Page {
  ids: string[]
  next: string | undefined
  body: unknown
}

/** Where a list's rows are in its reply and what their id is called. */
export interface ListShape {
  rows: (body: unknown) => Array<Record<string, unknown>>
  id: string
}

/** A list whose body is its rows. */
export const arrayOf = (id = 'id'): ListShape => ({ rows: (b) => b as Array<Record<string, unknown>>, id })

/**
 * Reads cursor-paged lists through the app as a signed-in user: one page, or every page to the
 * end `limit` rows at a time, calling `between` after each page but the last (to insert rows
 * while the list is being read).
 */
export function listReader(app: () => TestApp) {
  async function page(user: string, url: string, shape: ListShape = arrayOf()): Promise<Page> {
    const t = app()
    const res = await t.app.inject({ method: 'GET', url, headers: await t.as(user) })
    // The reply's body is in the comparison, so a refusal shows its message.
    expect({ url, status: res.statusCode, body: res.statusCode === 200 ? null : res.body }).toEqual({ url, status: 200, body: null })
    const next = res.headers['x-next-cursor']
    const body: unknown = res.json()
    return { ids: shape.rows(body).map((x) => String(x[shape.id])), next: typeof next === 'string' ? next : undefined, body }
  }

  async function walk(user: string, path: string, limit: number, between: (n: number) => Promise<void> = async () => undefined, shape: ListShape = arrayOf()) {
    const sep = path.includes('?') ? '&' : '?'
    const pages: string[][] = []
    let cursor: string | undefined
    for (;;) {
      const p = await page(user, `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, shape)
      pages.push(p.ids)
      if (!p.next) return pages
      expect(p.ids).toHaveLength(limit)
      await between(pages.length)
      cursor = p.next
      if (pages.length > 200) throw new Error('the list never ended')
    }
  }

  return { page, walk }
}
