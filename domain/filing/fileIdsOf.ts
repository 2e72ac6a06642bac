import type { FilingData } from './types'

/**
 * Every file a filing refers to — its evidence, the power of attorney (授权委托书) and the proof
 * attached to a fee-relief request — so that a submit can check each was really uploaded by the
 * filer, and a reader of the filing may open each one.
 *
 * @param data the filing as the form left it
 * @returns the file ids, in the order the filing names them
 * @example
 * fileIdsOf({ ...data, evidence: [{ name: '收条', proves: '借款', fileIds: ['a'] }] }) // ['a']
 */
export function fileIdsOf(data: FilingData): string[] {
  return [...data.evidence.flatMap((e) => e.fileIds), ...(data.agent?.powerOfAttorneyFileIds ?? []), ...(data.feeRelief?.fileIds ?? [])]
}
