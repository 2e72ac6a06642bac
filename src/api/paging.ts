import { AxiosHeaders, type AxiosResponse } from 'axios'

/** One page of a list and where the next one starts (null on the last page). */
export interface ListPage<T> {
  items: T[]
  next: string | null
}

// The reply body stays what the list always was; the next page's place comes in this header.
const NEXT = 'x-next-cursor'

/** Where the page after this reply starts, or null on the last page. */
export function nextCursorOf(r: AxiosResponse): string | null {
  // Header names arrive in whatever case the platform hands them over: looked up case-blind.
  const next = AxiosHeaders.from(r.headers as AxiosHeaders).get(NEXT)
  return typeof next === 'string' && next.length > 0 ? next : null
}

/** A reply whose body is the page's rows. */
export const pageOf = <T>(r: AxiosResponse<T[]>): ListPage<T> => ({ items: r.data, next: nextCursorOf(r) })
