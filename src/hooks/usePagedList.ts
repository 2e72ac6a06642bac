import { useReachBottom } from '@tarojs/taro'
import { useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { toApiError } from '../api/errors'
import type { ListPage } from '../api/paging'

/** Where a paged list stands: loading its first page, showing rows with more to come, loading more, or at its end. */
export type PagedState = 'first' | 'more' | 'loading' | 'end'

/** What a page shows under its rows for each state (plain Chinese, the 「加载更多」 one tappable). */
export const PAGED_FOOTER: Record<PagedState, string> = {
  first: '正在加载…',
  more: '加载更多',
  loading: '正在加载更多…',
  end: '没有更多了',
}

/**
 * A list read a page at a time: `reload` starts from the top (on show and pull-down), the next
 * page comes when the reader scrolls to the bottom or taps 「加载更多」. An answer to a request
 * made before the latest reload is dropped, so a slow old page never lands in a fresh list; a
 * row that moved between pages (its filing changed) is shown once.
 */
export function usePagedList<T extends { id: string }>(fetchPage: (cursor?: string) => Promise<ListPage<T>>): PagedList<T>
/** The same, for rows known by another key (a case's `caseId`). */
export function usePagedList<T>(fetchPage: (cursor?: string) => Promise<ListPage<T>>, keyOf: (row: T) => string): PagedList<T>
export function usePagedList<T>(fetchPage: (cursor?: string) => Promise<ListPage<T>>, keyOf: (row: T) => string = (row) => (row as { id: string }).id) {
  const [items, setItems] = useState<T[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [state, setState] = useState<PagedState>('first')
  const next = useRef<string | null>(null)
  const busy = useRef(false)
  const generation = useRef(0)
  const fetcher = useRef(fetchPage)
  fetcher.current = fetchPage

  const reload = async () => {
    const mine = ++generation.current
    busy.current = true
    try {
      const page = await fetcher.current()
      if (mine !== generation.current) return
      next.current = page.next
      setItems(page.items)
      setError(null)
      setState(page.next ? 'more' : 'end')
    } catch (e) {
      if (mine === generation.current) setError(toApiError(e).message)
    } finally {
      if (mine === generation.current) busy.current = false
    }
  }

  const loadMore = async () => {
    const cursor = next.current
    if (!cursor || busy.current) return
    const mine = generation.current
    busy.current = true
    setState('loading')
    try {
      const page = await fetcher.current(cursor)
      if (mine !== generation.current) return
      next.current = page.next
      setItems((list) => {
        const have = new Set((list ?? []).map(keyOf))
        return [...(list ?? []), ...page.items.filter((x) => !have.has(keyOf(x)))]
      })
      setError(null)
      setState(page.next ? 'more' : 'end')
    } catch (e) {
      if (mine !== generation.current) return
      setError(toApiError(e).message)
      setState('more')
    } finally {
      if (mine === generation.current) busy.current = false
    }
  }

  useReachBottom(() => void loadMore())

  return { items, setItems, error, setError, state, reload, loadMore }
}

/** What {@link usePagedList} gives a page. */
export interface PagedList<T> {
  items: T[] | null
  setItems: Dispatch<SetStateAction<T[] | null>>
  error: string | null
  setError: Dispatch<SetStateAction<string | null>>
  state: PagedState
  reload: () => Promise<void>
  loadMore: () => Promise<void>
}
