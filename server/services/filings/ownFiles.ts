import { fileRefsOf } from '../../../domain/filing/fileRefsOf'
import type { FilingData } from '../../../domain/filing/types'
import type { Actor } from '../../auth/actor'
import { badRequest } from '../../errors'
import type { FilingsContext } from './context'

/**
 * Refuses a filing that cites a file its author did not upload, at the field that cites it. A
 * file id belongs to its uploader: cited by anyone else it would show them the file's name, size
 * and hash, and attach a stranger's file to a case. An unknown id and another person's id get the
 * same answer, so the answer tells nothing about which ids exist.
 */
export async function requireOwnFiles(ctx: FilingsContext, actor: Actor, data: FilingData): Promise<void> {
  const refs = fileRefsOf(data)
  if (refs.length === 0) return
  const owned = new Set((await ctx.files.byIds([...new Set(refs.map((r) => r.id))])).filter((r) => r.owner_id === actor.sub).map((r) => r.id))
  const foreign = refs.find((r) => !owned.has(r.id))
  if (foreign) throw badRequest('FILING_FILE_UNKNOWN', '有一个附件没有上传成功，请重新上传这个附件', foreign.field)
}
