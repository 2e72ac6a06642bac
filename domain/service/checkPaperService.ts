import { formatChineseDate } from '../dates/formatChineseDate'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { FilingProblem } from '../filing/types'
import type { ServiceDocumentKind } from './documentKinds'
import { emsNumber } from './emsNumber'

/** 直接送达 (art. 88), 邮寄送达 (art. 91), 留置送达 (art. 89). */
export type PaperServiceMode = 'direct' | 'postal' | 'left'

export const PAPER_SERVICE_MODES: Readonly<Record<PaperServiceMode, { name: string; article: string; deemed: boolean }>> = {
  direct: { name: '直接送达', article: '《民事诉讼法》第八十七条、第八十八条', deemed: false },
  postal: { name: '邮寄送达', article: '《民事诉讼法》第九十一条', deemed: false },
  left: { name: '留置送达', article: '《民事诉讼法》第八十九条', deemed: true },
}

/** What the clerk records of one paper service, as typed. */
export interface PaperServiceInput {
  mode: PaperServiceMode
  /** the day it was handed over, posted, or left at the home, 'YYYY-MM-DD' */
  happenedOn: string
  /** 邮寄送达: the day signed for, as the returned receipt (回执) or the EMS record shows */
  servedOn?: string
  /** the photo of the signed 送达回证 (direct: required; postal: the returned receipt, optional) */
  receiptFileId?: string
  /** 邮寄送达: the EMS number on the waybill */
  emsNumber?: string
  /** 留置送达: the names of those who witnessed the refusal (基层组织、所在单位的代表) */
  witnesses?: string[]
  /** 留置送达: the photo or video recording the document left at the home */
  recordFileId?: string
}

/** A record that passed: the day it counts as served, and what of the input belongs to the mode. */
export interface PaperService {
  mode: PaperServiceMode
  happenedOn: string
  servedOn: string
  receiptFileId: string | null
  emsNumber: string | null
  witnesses: string[]
  recordFileId: string | null
}

const dayProblem = (day: string, field: string, what: string): FilingProblem | null => {
  try {
    parseCalendarDay(day, field)
    return null
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    return { code: 'SERVICE_PAPER_DATE_INVALID', field, message: `${what}不对，请按“2026-11-25”的格式填写` }
  }
}

/**
 * Checks a record of service on paper and says when the document counts as served:
 * - the day it happened is a real day, not after today and not before the document was issued;
 * - 直接送达: the photo of the 送达回证 the addressee (or the family member, agent or 代收人 who
 *   received it) signed; served on that day (《民事诉讼法》第八十七条、第八十八条: the day signed on
 *   the 送达回证);
 * - 邮寄送达: a valid EMS number ({@link emsNumber}) and the day signed for, which is the service
 *   date (第九十一条: 以回执上注明的收件日期为送达日期), not before the day posted nor after today;
 *   the photo of the returned receipt when there is one;
 * - 留置送达: the witnesses' names, or a photo or video of the document left at the home (第八十九条);
 *   deemed served that day. Not for a 调解书, which is served on the party in person
 *   (《民诉法解释》第一百三十三条).
 *
 * @param input what the clerk typed
 * @param at the document's kind, the day it was issued and today, 'YYYY-MM-DD'
 * @returns the record (`ok: true`), or every problem found
 * @example
 * checkPaperService({ mode: 'postal', happenedOn: '2026-11-20', servedOn: '2026-11-23', emsNumber: 'EE123456785CN' }, { kind: 'summons', issuedOn: '2026-11-20', today: '2026-11-25' })
 * // { ok: true, record: { mode: 'postal', happenedOn: '2026-11-20', servedOn: '2026-11-23', emsNumber: 'EE123456785CN', receiptFileId: null, witnesses: [], recordFileId: null } }
 */
export function checkPaperService(
  input: PaperServiceInput,
  at: { kind: ServiceDocumentKind; issuedOn: string; today: string },
): { ok: true; record: PaperService } | { ok: false; problems: FilingProblem[] } {
  const problems: FilingProblem[] = []
  const push = (p: FilingProblem | null) => p && problems.push(p)
  const happened = dayProblem(input.happenedOn, 'happenedOn', '送达日期')
  push(happened)
  if (!happened && input.happenedOn > at.today)
    push({ code: 'SERVICE_PAPER_DATE_FUTURE', field: 'happenedOn', message: '送达日期不能晚于今天，请填写实际送达的日子' })
  if (!happened && input.happenedOn < at.issuedOn)
    push({ code: 'SERVICE_PAPER_DATE_BEFORE_ISSUE', field: 'happenedOn', message: `这份文书${formatChineseDate(at.issuedOn)}才发出，送达日期不能早于这一天` })

  let servedOn = input.happenedOn
  let ems: string | null = null
  const witnesses = (input.witnesses ?? []).map((w) => w.trim()).filter((w) => w.length > 0)
  if (input.mode === 'direct' && !input.receiptFileId)
    push({ code: 'SERVICE_PAPER_RECEIPT_REQUIRED', field: 'receiptFileId', message: '直接送达请上传受送达人签名的送达回证照片' })
  if (input.mode === 'postal') {
    ems = emsNumber(input.emsNumber ?? '')
    if (!ems) {
      push({
        code: input.emsNumber ? 'SERVICE_PAPER_EMS_INVALID' : 'SERVICE_PAPER_EMS_REQUIRED',
        field: 'emsNumber',
        message: input.emsNumber ? '邮件号不对：EMS 邮件号是13位，例如 EE123456785CN，请对照详情单重新填写' : '邮寄送达请填写 EMS 邮件号',
      })
    }
    const signed = input.servedOn ? dayProblem(input.servedOn, 'servedOn', '签收日期') : null
    if (!input.servedOn) push({ code: 'SERVICE_PAPER_SIGNED_ON_REQUIRED', field: 'servedOn', message: '请填写回执或邮件记录上的签收日期，这一天是送达日期' })
    else if (signed) push(signed)
    else if (input.servedOn > at.today) push({ code: 'SERVICE_PAPER_DATE_FUTURE', field: 'servedOn', message: '签收日期不能晚于今天，请对照回执填写' })
    else if (!happened && input.servedOn < input.happenedOn)
      push({ code: 'SERVICE_PAPER_SIGNED_BEFORE_POSTED', field: 'servedOn', message: '签收日期不能早于寄出的日子，请对照回执填写' })
    else servedOn = input.servedOn
  }
  if (input.mode === 'left') {
    if (at.kind === 'mediation')
      push({ code: 'SERVICE_PAPER_LEFT_MEDIATION', field: 'mode', message: '调解书应当直接送达当事人本人，不适用留置送达（《民诉法解释》第一百三十三条）' })
    if (witnesses.length === 0 && !input.recordFileId)
      push({ code: 'SERVICE_PAPER_WITNESS_REQUIRED', field: 'witnesses', message: '留置送达请填写见证人姓名，或上传留置过程的照片、录像' })
    if (witnesses.some((w) => w.length > 20)) push({ code: 'SERVICE_PAPER_WITNESS_INVALID', field: 'witnesses', message: '见证人姓名太长，请只填写姓名' })
  }
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    record: {
      mode: input.mode,
      happenedOn: input.happenedOn,
      servedOn,
      receiptFileId: input.mode === 'left' ? null : (input.receiptFileId ?? null),
      emsNumber: ems,
      witnesses: input.mode === 'left' ? witnesses : [],
      recordFileId: input.mode === 'left' ? (input.recordFileId ?? null) : null,
    },
  }
}
