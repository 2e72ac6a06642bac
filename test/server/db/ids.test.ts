import { orderedId } from '../../../server/db/ids'

describe('orderedId', () => {
  it('sorts in the order the ids were made, even within one millisecond', () => {
    const ids = Array.from({ length: 500 }, () => orderedId('m'))
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('carries the prefix, or none', () => {
    expect(orderedId('h')).toMatch(/^h-\d{15}-\d{6}-[0-9a-f]{8}$/)
    expect(orderedId()).toMatch(/^\d{15}-\d{6}-[0-9a-f]{8}$/)
  })
})
