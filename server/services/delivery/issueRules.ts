import { checkBookingWindow } from '../../../domain/scheduling/checkBookingWindow'
import type { ServiceDocumentKind } from '../../../domain/service/documentKinds'
import type { ExecutionTerms, HearingPlace } from '../../../domain/service/renderDocument'
import { validateHearing } from '../../../domain/service/validateHearing'
import { PARTY_ROLES, type Actor } from '../../auth/actor'
import { AppError, badRequest } from '../../errors'
import type { CasePartyRow } from '../../repositories/delivery'
import type { FilingRow } from '../../repositories/filings'
import type { DeliveryMethod, DocumentFile, PublicNotice } from './content'
import type { DeliveryContext } from './context'

export interface IssueInput {
  caseId: string
  kind: ServiceDocumentKind
  /** the parties to serve, by their index in the case (filing_parties.idx) */
  recipients: number[]
  /** 'electronic' (default) needs the recipient's consent; 'public-notice' records a 公告 instead */
  method?: DeliveryMethod
  /** a 传票's hearing: day, time of day and a courtroom or circuit point of the case's court */
  hearing?: { date: string; time: string; roomId: string }
  /** 判决书 / 裁定书 / 调解书: the signed PDF, uploaded first with POST /api/v1/files */
  fileId?: string
  /** a 裁定书 that may be appealed (不予受理, 驳回起诉, 管辖权异议) */
  appealable?: boolean
  publicNotice?: PublicNotice
  /** a 执行通知书's orders; only the enforcement node that records the notice passes them */
  execution?: ExecutionTerms
}

/** The chosen parties of the case, each once. */
export function chooseRecipients(parties: CasePartyRow[], recipients: number[]): CasePartyRow[] {
  if (new Set(recipients).size !== recipients.length) throw badRequest('SERVICE_RECIPIENT_REPEATED', '同一位当事人选了两次，请检查受送达人', 'recipients')
  return recipients.map((idx, i) => {
    const p = parties.find((x) => x.idx === idx)
    if (!p) throw badRequest('SERVICE_RECIPIENT_UNKNOWN', '受送达人不是本案当事人，请重新选择', `recipients[${i}]`)
    return p
  })
}

/** A 传票's hearing: a valid day and time (art. 139 notice) in a courtroom or circuit point of the case's court. */
export async function hearingPlace(ctx: DeliveryContext, f: FilingRow, hearing: IssueInput['hearing']): Promise<HearingPlace> {
  if (!hearing) throw badRequest('SERVICE_HEARING_REQUIRED', '传票需要填写开庭时间和地点', 'hearing')
  const problems = validateHearing(hearing, ctx.today())
  if (problems.length > 0) throw new AppError(400, problems[0].code, problems[0].message, problems[0].field, problems)
  // Not sooner than the notice allows (above), and not years away: a 传票 for 9999-12-31 summons nobody.
  checkBookingWindow(hearing.date, ctx.today(), 'hearing.date')
  const room = (await ctx.courts.rooms(f.target_court_id)).find((r) => r.id === hearing.roomId)
  if (!room) throw badRequest('SERVICE_HEARING_ROOM_UNKNOWN', '请选择本院的法庭或巡回审判点', 'hearing.roomId')
  return { date: hearing.date, time: hearing.time, place: room.name, address: room.address ?? '' }
}

/** A sealed PDF that staff of the issuing court uploaded; a party's upload cannot become a judgment. */
export async function uploadedFile(ctx: DeliveryContext, actor: Actor, fileId: string | undefined): Promise<DocumentFile> {
  if (!fileId) throw badRequest('SERVICE_FILE_REQUIRED', '请先上传盖章后的文书 PDF', 'fileId')
  const file = await ctx.files.byId(fileId)
  const owner = file ? await ctx.users.byId(file.owner_id) : undefined
  if (!file || !owner || owner.court_id !== actor.courtId || PARTY_ROLES.includes(owner.role)) {
    throw badRequest('SERVICE_FILE_UNKNOWN', '没有找到本院上传的这个文件，请重新上传', 'fileId')
  }
  if (file.mime !== 'application/pdf') throw badRequest('SERVICE_FILE_NOT_PDF', '判决书、裁定书、调解书请上传 PDF 文件', 'fileId')
  return { id: file.id, name: file.original_name, size: file.size, sha256: file.sha256 }
}
