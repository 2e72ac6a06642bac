import { caseTypeCodeFor } from '../../../domain/filing/caseTypeCode'

describe('caseTypeCodeFor', () => {
  it.each([
    { label: 'civil first instance', kind: 'civil-first', code: '民初' },
    { label: 'enforcement', kind: 'enforcement', code: '执' },
    { label: 'property preservation', kind: 'preservation', code: '财保' },
    { label: 'judicial confirmation is a special procedure', kind: 'judicial-confirmation', code: '民特' },
  ] as const)('$label → $code', ({ kind, code }) => {
    expect(caseTypeCodeFor(kind)).toBe(code)
  })
})
