import { validateResidentId } from '../identity/validateResidentId'
import { partySideName } from './partySideName'
import type { FilingKind, FilingProblem, PersonParty } from './types'

/**
 * Whether a person named in a filing is identified as the law asks. The filer's own side
 * (原告, 申请人) proves who they are with a resident ID (在线诉讼规则第七条). The other side need
 * not: a plaintiff often does not know the defendant's ID number, and the law asks only for what
 * identifies the defendant — 《民事诉讼法》第一百二十四条: 「起诉状应当记明下列事项：……（二）被告的
 * 姓名、性别、工作单位、住所等信息，法人或者其他组织的名称、住所等信息」. So a defendant or third party
 * may be named by name and address (and a mobile if known, checked elsewhere); an ID number, when
 * given, must still be a valid one. A person named without an ID number is bound to no account
 * until the court identifies them: binding goes by verified ID number only.
 *
 * @param kind the kind of filing, for the words of each side
 * @param party the person as entered
 * @param at the field path of the party, e.g. 'parties[1]'
 * @param today YYYY-MM-DD, for birth dates in the future
 * @returns the problems with the ID number and the address, each with code, field and a Chinese message
 * @example
 * partyIdProblems('civil-first', { side: 'defendant', type: 'person', name: '王建国', idNumber: '', mobile: '', address: '三河回族乡' }, 'parties[1]', '2026-11-25')
 * // [] — name and address identify the defendant
 */
export function partyIdProblems(kind: FilingKind, party: PersonParty, at: string, today: string): FilingProblem[] {
  const who = partySideName(kind, party.side)
  const idNumber = party.idNumber.trim().toUpperCase()
  const problems: FilingProblem[] = []
  if (idNumber || party.side === 'plaintiff') {
    const id = validateResidentId(idNumber, today)
    if (!id.ok) problems.push({ code: 'FILING_PARTY_ID_INVALID', field: `${at}.idNumber`, message: `${who}的身份证号有误：${id.reason}` })
  } else if (!party.address.trim()) {
    // Without an ID number, the address is what tells this person from another of the same name.
    problems.push({
      code: 'FILING_PARTY_ADDRESS_REQUIRED',
      field: `${at}.address`,
      message: `不知道${who}的身份证号时，请写清${who}的住址，法院据此找到${who}`,
    })
  }
  return problems
}
