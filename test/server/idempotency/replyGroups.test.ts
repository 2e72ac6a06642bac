import { fixedClock } from '../helpers'
import type { IdempotencyRepository, StoredReply } from '../../../server/repositories/idempotency'
import { idempotencyService } from '../../../server/services/idempotency'

/** A repository that holds each reply write open until the test lets it finish, and records the groups. */
function heldRepository() {
  const groups: string[][] = []
  const releases: (() => void)[] = []
  const repo = {
    find: async () => undefined,
    claim: async () => true,
    removeStale: async () => false,
    sweep: async () => 0,
    completeAll: (replies: readonly StoredReply[]) => {
      groups.push(replies.map((r) => r.body))
      return new Promise<void>((r) => releases.push(r))
    },
  } as unknown as IdempotencyRepository
  return { repo, groups, releaseNext: () => releases.shift()?.() }
}

const committedTicket = async (idem: ReturnType<typeof idempotencyService>, key: string) => {
  const begun = await idem.begin('u-1', key, 'fp')
  if (begun.kind !== 'run') throw new Error('expected to run')
  begun.ticket.join.committed = true
  return begun.ticket
}
const flushed = () => new Promise((r) => setImmediate(r))

describe('stored replies are committed in groups', () => {
  it('replies finishing together share one write; those arriving during it share the next; each waits for its own', async () => {
    const { repo, groups, releaseNext } = heldRepository()
    const idem = idempotencyService(repo, fixedClock('2026-11-25T09:00:00+08:00'))
    const tickets = await Promise.all(['key-aaaa-1', 'key-aaaa-2', 'key-aaaa-3', 'key-aaaa-4'].map((k) => committedTicket(idem, k)))
    const done: string[] = []
    const finish = (i: number) => idem.finish(tickets[i], 200, `reply ${i}`).then(() => done.push(`reply ${i}`))
    const first = [finish(0), finish(1)]
    await flushed()
    expect(groups).toEqual([['reply 0', 'reply 1']])
    const later = [finish(2), finish(3)]
    await flushed()
    expect(groups).toHaveLength(1)
    expect(done).toEqual([])
    releaseNext()
    await Promise.all(first)
    expect(done).toEqual(['reply 0', 'reply 1'])
    await flushed()
    expect(groups).toEqual([
      ['reply 0', 'reply 1'],
      ['reply 2', 'reply 3'],
    ])
    releaseNext()
    await Promise.all(later)
    await idem.settled()
    expect(done).toHaveLength(4)
  })

  it('a refusal before anything committed stores nothing; a reply of an action without a transaction is stored with its key', async () => {
    const { repo, groups, releaseNext } = heldRepository()
    const idem = idempotencyService(repo, fixedClock('2026-11-25T09:00:00+08:00'))
    const refused = await idem.begin('u-1', 'key-bbbb-1', 'fp')
    const plain = await idem.begin('u-1', 'key-bbbb-2', 'fp')
    if (refused.kind !== 'run' || plain.kind !== 'run') throw new Error('expected to run')
    await idem.finish(refused.ticket, 400, 'refused')
    const stored = idem.finish(plain.ticket, 200, 'plain')
    await flushed()
    expect(groups).toEqual([['plain']])
    releaseNext()
    await stored
  })
})
