import { taroMock } from '../stubs/taro'
import { ageWords, networkState, noteServedFromCache, onNetworkChange, resetNetworkState } from '../../../src/utils/network'

afterEach(() => resetNetworkState())

describe('the age of a copy shown offline', () => {
  const at = '2026-12-01T10:00:00+08:00'
  it.each([
    ['2026-12-01T10:00:30+08:00', '刚刚更新'],
    ['2026-12-01T10:03:10+08:00', '3分钟前更新'],
    ['2026-12-01T12:59:00+08:00', '2小时前更新'],
    ['2026-12-04T10:00:00+08:00', '3天前更新'],
  ])('at %s: %s', (now, words) => {
    expect(ageWords(at, new Date(now))).toBe(words)
  })
})

describe('the network state every page shares', () => {
  it('follows the phone reports and forgets the cached age once back online', () => {
    const seen: boolean[] = []
    const stop = onNetworkChange((s) => seen.push(s.online))
    taroMock.networkChanged(false)
    noteServedFromCache('2026-12-01T02:00:00Z')
    noteServedFromCache('2026-12-01T03:00:00Z')
    expect(networkState()).toMatchObject({ online: false, cachedSince: '2026-12-01T02:00:00Z' })
    taroMock.networkChanged(true)
    expect(networkState()).toMatchObject({ online: true, cachedSince: null })
    stop()
    expect(seen.slice(0, 1)).toEqual([false])
    expect(seen).toContain(true)
  })
})
