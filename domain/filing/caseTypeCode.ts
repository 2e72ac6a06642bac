import type { FilingKind } from './types'

const CODES: Record<FilingKind, string> = {
  'civil-first': '民初',
  enforcement: '执',
  preservation: '财保',
  'judicial-confirmation': '民特',
}

/**
 * The case-type code that goes into the case number when a filing is accepted:
 * 民初 civil first instance, 执 enforcement, 财保 property preservation, 民特 special
 * procedure (司法确认 included). 最高人民法院《关于人民法院案件案号的若干规定》.
 *
 * @param kind the kind of filing
 * @returns the type code, e.g. '民初'
 * @example caseTypeCodeFor('civil-first') // '民初'
 */
export function caseTypeCodeFor(kind: FilingKind): string {
  return CODES[kind]
}
