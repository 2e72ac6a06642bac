import type { ServiceAddressConfirmation } from '../filing/types'

/** The documents the court serves electronically. */
export type ServiceDocumentKind =
  'complaint-copy' | 'response-notice' | 'evidence-notice' | 'summons' | 'judgment' | 'ruling' | 'mediation' | 'execution-notice'

/** A step of the proceedings a party consents to e-service for (在线诉讼规则 art. 4: consent is per step). */
export type ConsentStep = ServiceAddressConfirmation['consentSteps'][number]

export interface DocumentKindInfo {
  /** the document's name as printed on it */
  name: string
  /** the consent step it falls under */
  step: ConsentStep
  /** generated from a template filled with the case's data, or an uploaded signed PDF */
  source: 'template' | 'upload'
}

/**
 * What each kind of document is and which consent covers it. A party's 送达地址确认书 lists the
 * steps it agrees to e-service for (在线诉讼规则 arts. 4, 29; 《民诉法解释》第一百三十六条):
 * - notices: 起诉状副本, 应诉通知书, 举证通知书 — what a defendant receives when the case starts
 * - summons: 传票
 * - judgment: 判决书, 裁定书, 调解书 — 民事诉讼法第九十条 lets these be served electronically too,
 *   with a paper copy on request; the enforcement court's 执行通知书 (with its 报告财产令) falls under
 *   the same consent, being the court's written order on the effective document (第二百五十一条). It
 *   is issued only by recording that enforcement node, so it is not in {@link DOCUMENT_KIND_ORDER}.
 *
 * @example
 * DOCUMENT_KINDS.summons // { name: '传票', step: 'summons', source: 'template' }
 */
export const DOCUMENT_KINDS: Readonly<Record<ServiceDocumentKind, Readonly<DocumentKindInfo>>> = {
  'complaint-copy': { name: '起诉状副本', step: 'notices', source: 'template' },
  'response-notice': { name: '应诉通知书', step: 'notices', source: 'template' },
  'evidence-notice': { name: '举证通知书', step: 'notices', source: 'template' },
  summons: { name: '传票', step: 'summons', source: 'template' },
  judgment: { name: '判决书', step: 'judgment', source: 'upload' },
  ruling: { name: '裁定书', step: 'judgment', source: 'upload' },
  mediation: { name: '调解书', step: 'judgment', source: 'upload' },
  'execution-notice': { name: '执行通知书', step: 'judgment', source: 'template' },
}

/** Every kind staff issue by hand, in the order a case usually needs them (the 执行通知书 comes with its enforcement node). */
export const DOCUMENT_KIND_ORDER: readonly ServiceDocumentKind[] = [
  'complaint-copy',
  'response-notice',
  'evidence-notice',
  'summons',
  'judgment',
  'ruling',
  'mediation',
]
