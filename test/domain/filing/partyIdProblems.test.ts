import { partyIdProblems } from '../../../domain/filing/partyIdProblems'
import type { FilingKind, PersonParty } from '../../../domain/filing/types'

const TODAY = '2026-11-25'
const person = (p: Partial<PersonParty>): PersonParty => ({
  side: 'defendant',
  type: 'person',
  name: '王建国',
  idNumber: '',
  mobile: '',
  address: '三河回族乡',
  ...p,
})

describe('partyIdProblems', () => {
  it.each<{ label: string; kind?: FilingKind; party: PersonParty; expected: string[] }>([
    { label: 'defendant named by name and address, no ID number', party: person({}), expected: [] },
    { label: 'defendant with name, address and mobile', party: person({ mobile: '13847005678' }), expected: [] },
    { label: 'defendant with a valid ID number', party: person({ idNumber: '150784197209150019' }), expected: [] },
    {
      label: 'defendant ID number given but wrong',
      party: person({ idNumber: '150784197209150018' }),
      expected: ['FILING_PARTY_ID_INVALID@parties[1].idNumber'],
    },
    { label: 'defendant with neither ID number nor address', party: person({ address: '  ' }), expected: ['FILING_PARTY_ADDRESS_REQUIRED@parties[1].address'] },
    { label: 'third party without ID number', party: person({ side: 'third-party' }), expected: [] },
    { label: 'plaintiff without ID number', party: person({ side: 'plaintiff' }), expected: ['FILING_PARTY_ID_INVALID@parties[1].idNumber'] },
    { label: '被执行人 without ID number', kind: 'enforcement', party: person({}), expected: [] },
    { label: 'lower-case x check digit', party: person({ idNumber: '15078419800101109x' }), expected: [] },
  ])('$label', ({ kind, party, expected }) => {
    expect(partyIdProblems(kind ?? 'civil-first', party, 'parties[1]', TODAY).map((p) => `${p.code}@${p.field}`)).toEqual(expected)
  })

  it('names the side in the words of the filing, in Chinese', () => {
    const [p] = partyIdProblems('enforcement', person({ address: '' }), 'parties[1]', TODAY)
    expect(p.message).toBe('不知道被执行人的身份证号时，请写清被执行人的住址，法院据此找到被执行人')
  })
})
