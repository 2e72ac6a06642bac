import type { FilingData } from '../../../domain/filing/types'
import type { NamedParty } from './caseKernel'

/** A party of a case with the name and mobile the filing gives. */
export interface CaseParty extends NamedParty {
  name: string
  mobile: string | null
}

/**
 * The parties a filing names, in its order, keyed the way the parties' lists store them: a person
 * by resident ID, an organisation by its unified social credit code, upper-cased (a trailing `x`
 * of an ID is the same person as `X`). Read from the schema-checked filing data, so a use case
 * needs no second query of the case's tables.
 *
 * @param data the filing data, from `cases.record(row).data`
 * @returns one entry per party, with `side`, `name`, `id_key` and `mobile` (null when none)
 * @example namedParties(data)[1] // { side: 'defendant', name: '王建国', id_key: '15078419800101123X', mobile: '13847005678' }
 */
export function namedParties(data: FilingData): CaseParty[] {
  return data.parties.map((p) => ({
    side: p.side,
    name: p.name.trim(),
    id_key: (p.type === 'person' ? p.idNumber : p.creditCode).trim().toUpperCase(),
    mobile: p.mobile.trim() || null,
  }))
}
