import { partySideName } from '../../../domain/filing/partySideName'

describe('partySideName', () => {
  it.each([
    { label: 'lawsuit plaintiff', kind: 'civil-first', side: 'plaintiff', name: '原告' },
    { label: 'lawsuit defendant', kind: 'civil-first', side: 'defendant', name: '被告' },
    { label: 'enforcement applicant', kind: 'enforcement', side: 'plaintiff', name: '申请执行人' },
    { label: 'enforcement respondent', kind: 'enforcement', side: 'defendant', name: '被执行人' },
    { label: 'preservation respondent', kind: 'preservation', side: 'defendant', name: '被申请人' },
    { label: '司法确认 applicant', kind: 'judicial-confirmation', side: 'plaintiff', name: '申请人' },
    { label: 'third party', kind: 'civil-first', side: 'third-party', name: '第三人' },
  ] as const)('$label', ({ kind, side, name }) => {
    expect(partySideName(kind, side)).toBe(name)
  })
})
