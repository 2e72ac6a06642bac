import { askToSubscribe, parseSubscribeTemplates, type SubscribeDeps } from '../../../src/utils/subscribe'

function fakeDeps(over: Partial<SubscribeDeps> = {}) {
  const calls: string[][] = []
  let rejected: string[] = []
  const deps: SubscribeDeps = {
    env: 'weapp',
    templates: 'filing:T1|T2,hearing:T3',
    request: (ids) => {
      calls.push(ids)
      return Promise.resolve({ T1: 'accept', T2: 'reject', T3: 'reject' })
    },
    getRejected: () => rejected,
    setRejected: (ids) => {
      rejected = ids
    },
    ...over,
  }
  return { deps, calls, rejected: () => rejected }
}

describe('parseSubscribeTemplates', () => {
  it('reads a moment:id list and a JSON object alike', () => {
    expect(parseSubscribeTemplates('filing:T1, hearing:T2|T3')).toEqual({ filing: ['T1'], hearing: ['T2', 'T3'] })
    expect(parseSubscribeTemplates('{"mediation":["M1"],"address":"A1"}')).toEqual({
      mediation: ['M1'],
      address: ['A1'],
    })
  })
  it('drops unknown moments, empty ids and broken JSON', () => {
    expect(parseSubscribeTemplates('')).toEqual({})
    expect(parseSubscribeTemplates('other:X,filing:')).toEqual({})
    expect(parseSubscribeTemplates('{broken')).toEqual({})
  })
})

describe('askToSubscribe', () => {
  it('asks for the moment’s templates and remembers a reject', async () => {
    const f = fakeDeps()
    await askToSubscribe('filing', f.deps)
    expect(f.calls).toEqual([['T1', 'T2']])
    expect(f.rejected()).toEqual(['T2'])
    await askToSubscribe('filing', f.deps)
    expect(f.calls[1]).toEqual(['T1'])
  })
  it('is skipped on H5, without templates, and once everything was rejected', async () => {
    const h5 = fakeDeps({ env: 'h5' })
    await askToSubscribe('filing', h5.deps)
    expect(h5.calls).toHaveLength(0)
    const none = fakeDeps({ templates: '' })
    await askToSubscribe('filing', none.deps)
    expect(none.calls).toHaveLength(0)
    const f = fakeDeps()
    await askToSubscribe('hearing', f.deps)
    await askToSubscribe('hearing', f.deps)
    expect(f.calls).toEqual([['T3']])
  })
  it('never fails the action when WeChat refuses or throws', async () => {
    const failing = fakeDeps({ request: () => Promise.reject(new Error('no tap')) })
    await expect(askToSubscribe('filing', failing.deps)).resolves.toBeUndefined()
    const throwing = fakeDeps({
      request: () => {
        throw new Error('sync')
      },
    })
    await expect(askToSubscribe('filing', throwing.deps)).resolves.toBeUndefined()
  })
})
