import { emptyFilingData } from '../../../domain/filing/emptyFilingData'
import { fileIdsOf } from '../../../domain/filing/fileIdsOf'
import { fileRefsOf } from '../../../domain/filing/fileRefsOf'
import type { FilingData } from '../../../domain/filing/types'

const base = emptyFilingData('civil-first', 'c-ergun', 'c-ergun')
const agent = { kind: 'relative' as const, name: '张小兰', idNumber: '150784199001010021', mobile: '13900000001', powerOfAttorneyFileIds: ['poa'] }

describe('fileRefsOf', () => {
  it.each<[string, Partial<FilingData>, Array<[string, string]>]>([
    ['nothing attached', {}, []],
    [
      'evidence files, each at its place in its item',
      {
        evidence: [
          { name: '欠条', proves: '借款', fileIds: ['e1', 'e2'] },
          { name: '转账记录', proves: '交付', fileIds: ['e3'] },
        ],
      },
      [
        ['e1', 'evidence[0].fileIds[0]'],
        ['e2', 'evidence[0].fileIds[1]'],
        ['e3', 'evidence[1].fileIds[0]'],
      ],
    ],
    ['the power of attorney', { agent }, [['poa', 'agent.powerOfAttorneyFileIds[0]']]],
    [
      'proof for fee relief',
      { feeRelief: { type: 'defer', reason: '低保户', fileIds: ['r1', 'r2'] } },
      [
        ['r1', 'feeRelief.fileIds[0]'],
        ['r2', 'feeRelief.fileIds[1]'],
      ],
    ],
    [
      'all three together, evidence first',
      { evidence: [{ name: '欠条', proves: '借款', fileIds: ['e1'] }], agent, feeRelief: { type: 'waive', reason: '特困', fileIds: ['relief'] } },
      [
        ['e1', 'evidence[0].fileIds[0]'],
        ['poa', 'agent.powerOfAttorneyFileIds[0]'],
        ['relief', 'feeRelief.fileIds[0]'],
      ],
    ],
  ])('%s', (_label, patch, expected) => {
    const data = { ...base, ...patch }
    expect(fileRefsOf(data).map((r) => [r.id, r.field])).toEqual(expected)
    // The same files, in the same order, as the list a submit links.
    expect(fileRefsOf(data).map((r) => r.id)).toEqual(fileIdsOf(data))
  })
})
