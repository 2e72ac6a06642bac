import type { FilingData } from './types'

/** One file a filing cites, and the form field that cites it. */
export interface FileRef {
  id: string
  /** the path of the field in the filing, as error envelopes name it, e.g. 'evidence[0].fileIds[1]' */
  field: string
}

/**
 * Every file a filing cites — evidence, the power of attorney (授权委托书), the proof of a
 * fee-relief request — each with the field that cites it, so that a file its author did not
 * upload is refused at that field, and the person sees which attachment to upload again.
 *
 * @param data the filing as the form left it
 * @returns one entry per citation, in the order `fileIdsOf` lists them
 * @example
 * fileRefsOf({ ...data, evidence: [{ name: '收条', proves: '借款', fileIds: ['a', 'b'] }] })
 * // [{ id: 'a', field: 'evidence[0].fileIds[0]' }, { id: 'b', field: 'evidence[0].fileIds[1]' }]
 */
export function fileRefsOf(data: FilingData): FileRef[] {
  return [
    ...data.evidence.flatMap((e, i) => e.fileIds.map((id, j) => ({ id, field: `evidence[${i}].fileIds[${j}]` }))),
    ...(data.agent?.powerOfAttorneyFileIds ?? []).map((id, j) => ({ id, field: `agent.powerOfAttorneyFileIds[${j}]` })),
    ...(data.feeRelief?.fileIds ?? []).map((id, j) => ({ id, field: `feeRelief.fileIds[${j}]` })),
  ]
}
