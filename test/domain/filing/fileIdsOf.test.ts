import { fileIdsOf } from '../../../domain/filing/fileIdsOf'
import { emptyFilingData } from '../../../domain/filing/emptyFilingData'
import type { FilingData } from '../../../domain/filing/types'

const base = emptyFilingData('civil-first', 'c-ergun', 'c-ergun')

describe('fileIdsOf', () => {
  it.each<[string, Partial<FilingData>, string[]]>([
    ['nothing attached', {}, []],
    [
      'evidence files, in order',
      {
        evidence: [
          { name: '欠条', proves: '借款', fileIds: ['e1', 'e2'] },
          { name: '转账记录', proves: '交付', fileIds: ['e3'] },
        ],
      },
      ['e1', 'e2', 'e3'],
    ],
    [
      'the power of attorney of an agent',
      {
        agent: {
          kind: 'lawyer',
          name: '李春生',
          idNumber: '150702198001010011',
          mobile: '13900000000',
          licenceNo: '11507201010000001',
          powerOfAttorneyFileIds: ['poa'],
        },
      },
      ['poa'],
    ],
    ['proof for fee relief', { feeRelief: { type: 'defer', reason: '低保户', fileIds: ['relief'] } }, ['relief']],
    [
      'all three together: evidence first',
      {
        evidence: [{ name: '欠条', proves: '借款', fileIds: ['e1'] }],
        agent: { kind: 'relative', name: '张小兰', idNumber: '150784199001010021', mobile: '13900000001', powerOfAttorneyFileIds: ['poa'] },
        feeRelief: { type: 'waive', reason: '特困', fileIds: ['relief'] },
      },
      ['e1', 'poa', 'relief'],
    ],
  ])('%s', (_label, patch, expected) => {
    expect(fileIdsOf({ ...base, ...patch })).toEqual(expected)
  })
})

describe('emptyFilingData', () => {
  it('puts the verified filer in as the first plaintiff and proposes e-service to their mobile', () => {
    const d = emptyFilingData('civil-first', 'c-ergun', 'c-dongsheng', {
      name: '张桂兰',
      idNumber: '150784196803120029',
      mobile: '13904701234',
      address: '团结村',
    })
    expect(d.parties).toEqual([{ side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '团结村' }])
    expect(d.service).toMatchObject({ mobile: '13904701234', postalAddress: '团结村', consentElectronic: true })
    expect(d).toMatchObject({ courtId: 'c-ergun', targetCourtId: 'c-dongsheng', declaration: false, procedure: 'simple' })
  })
  it('starts with no parties when the filer has no real-name profile yet', () => {
    expect(base.parties).toEqual([])
    expect(base.service.mobile).toBe('')
  })
})
