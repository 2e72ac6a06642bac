import type { ServiceEventType } from './chainLink'

/**
 * Why a case's service record does not hold, one code per kind of finding. Event codes point at
 * a receipt (by seq), head and checkpoint codes at what vouches for the record, document codes
 * at a document.
 */
export type ChainFailureCode =
  | 'seq-gap'
  | 'prev-mismatch'
  | 'hash-mismatch'
  | 'unsigned'
  | 'signature-invalid'
  | 'key-unknown'
  | 'missing'
  | 'checkpoint-mismatch'
  | 'head-missing'
  | 'head-invalid'
  | 'head-mismatch'
  | 'checkpoint-invalid'
  | 'document-missing'
  | 'document-unrecorded'
  | 'document-content-mismatch'
  | 'document-row-mismatch'
  | 'document-file-mismatch'

export type ChainFailureWhere = 'event' | 'head' | 'checkpoint' | 'document'

/** One finding: what failed, where (the receipt's seq, the document), and a sentence a judge can read out. */
export interface ChainFailure {
  code: ChainFailureCode
  where: ChainFailureWhere
  seq: number | null
  documentId: string | null
  message: string
}

/** The reasons, in plain Chinese, as they follow the name of the receipt or document they are about. */
export const FAILURE_REASONS: Record<ChainFailureCode, string> = {
  'seq-gap': '序号不连续，记录被删除、插入或调换过',
  'prev-mismatch': '与上一条记录对不上，记录被删除、插入或调换过',
  'hash-mismatch': '的内容与其校验值不符，记录被改动过',
  unsigned: '没有法院的电子签名，不是本系统写入的',
  'signature-invalid': '与法院电子签名时的内容不一致，记录被改动过',
  'key-unknown': '的电子签名不是用本院公布的密钥签的',
  missing: '已从数据库中删除（法院签名的记录表明它存在过）',
  'checkpoint-mismatch': '与院外留存的校验记录不一致，记录被替换过',
  'head-missing': '缺少法院签名的最新记录摘要',
  'head-invalid': '的签名不符，摘要被改动过',
  'head-mismatch': '与现存记录对不上，记录或摘要被改动过',
  'checkpoint-invalid': '的签名不符，院外留存的校验记录被改动过',
  'document-missing': '已从数据库中删除',
  'document-unrecorded': '没有发出记录，不是通过本系统发出的',
  'document-content-mismatch': '的内容与发出时不一致',
  'document-row-mismatch': '的受送达人或登记信息与发出时不一致',
  'document-file-mismatch': '的 PDF 文件与发出时不一致',
}

/** Receipt types as a person names them. */
export const RECEIPT_LABELS: Record<ServiceEventType, string> = {
  'address-confirmed': '送达地址确认',
  issued: '发出文书',
  delivered: '送达',
  opened: '阅读',
  signed: '签收',
  published: '公告',
  'enforcement-node': '执行节点',
  'served-on-paper': '纸质送达',
}

/**
 * A finding with its sentence: 第5条记录（签收）已从数据库中删除…, 《传票》（王建国）的内容与发出时不一致,
 * 法院签名的最新记录摘要与现存记录对不上.
 *
 * @param code what failed
 * @param at the receipt (seq, its type when known), the document (title and recipient), or neither for the head / checkpoint
 * @example chainFailure('missing', { seq: 5, type: 'signed', documentId: 'd-1' }).message // '第5条记录（签收）已从数据库中删除（法院签名的记录表明它存在过）'
 */
export function chainFailure(
  code: ChainFailureCode,
  at: { seq?: number; type?: string | null; documentId?: string | null; document?: { title: string; recipient: string } },
): ChainFailure {
  const where: ChainFailureWhere = code.startsWith('document-')
    ? 'document'
    : code.startsWith('head-')
      ? 'head'
      : code === 'checkpoint-invalid'
        ? 'checkpoint'
        : 'event'
  const label = at.type ? RECEIPT_LABELS[at.type as ServiceEventType] : undefined
  const subject =
    where === 'document'
      ? `《${at.document?.title ?? '文书'}》（${at.document?.recipient ?? ''}）`
      : where === 'head'
        ? code === 'head-missing'
          ? '本案送达记录'
          : '法院签名的最新记录摘要'
        : where === 'checkpoint'
          ? `院外留存的第${at.seq}条记录摘要`
          : `第${at.seq}条记录${label ? `（${label}）` : ''}`
  return { code, where, seq: at.seq ?? null, documentId: at.documentId ?? null, message: `${subject}${FAILURE_REASONS[code]}` }
}
