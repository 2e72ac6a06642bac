import type { ServiceDocumentKind } from '../../../domain/service/documentKinds'
import type { HearingPlace, RenderedDocument } from '../../../domain/service/renderDocument'
import type { ServiceDocumentRow } from '../../repositories/delivery'

/**
 * 'electronic-unconfirmed': to a party who has not confirmed an electronic address (在线诉讼规则第三十一条第二款).
 * 'paper': printed for 直接、邮寄 or 留置送达, recorded once done (recordPaperService).
 */
export type DeliveryMethod = 'electronic' | 'electronic-unconfirmed' | 'public-notice' | 'paper'

export interface PublicNotice {
  publishedOn: string
  medium: string
}

/** An uploaded, sealed PDF as the document records it: its hash is checked again on every proof. */
export interface DocumentFile {
  id: string
  name: string
  size: number
  sha256: string
}

/** What a document's content hash covers; stored as canonical JSON, so the hash is of the stored text. */
export interface DocumentContent {
  kind: ServiceDocumentKind
  caseId: string
  caseNumber: string
  recipient: { idx: number; name: string; side: string }
  rendered: RenderedDocument | null
  file: DocumentFile | null
  hearing: HearingPlace | null
  appealable: boolean
  method: DeliveryMethod
  publicNotice: PublicNotice | null
}

export const contentOf = (doc: ServiceDocumentRow) => JSON.parse(doc.content_json) as DocumentContent
