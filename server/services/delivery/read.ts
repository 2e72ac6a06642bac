import type { Actor } from '../../auth/actor'
import { notFound } from '../../errors'
import { storageRefusal } from '../storage'
import { loadDocument } from './access'
import { receiptsOf, signedHeadOf } from './chain'
import { contentOf } from './content'
import type { DeliveryContext } from './context'
import { documentCaseOf, documentView } from './view'

/** The reader: the document as issued, with its receipts and the deadlines that follow. */
export async function readDocument(ctx: DeliveryContext, actor: Actor, id: string) {
  const { doc, f, rel } = await loadDocument(ctx, actor, id)
  return documentView(ctx, doc, await receiptsOf(ctx, doc.id), documentCaseOf(ctx, f), { withContent: true, canSign: rel !== 'staff' })
}

/** The uploaded PDF of a 判决书 / 裁定书 / 调解书, for whoever may see the document. */
export async function documentFile(ctx: DeliveryContext, actor: Actor, id: string) {
  const { doc } = await loadDocument(ctx, actor, id)
  if (!doc.file_id) throw notFound('SERVICE_DOCUMENT_NO_FILE', '这份文书没有附件，请直接在页面上阅读')
  const file = await ctx.files.byId(doc.file_id)
  if (!file) throw notFound('SERVICE_DOCUMENT_NO_FILE', '找不到这份文书的文件')
  try {
    return { name: file.original_name, mime: file.mime, bytes: await ctx.objects.read(file.storage_name, file.sha256) }
  } catch (err) {
    throw storageRefusal(err)
  }
}

/** The document with its content, for the printable page (see printableHtml). */
export async function printable(ctx: DeliveryContext, actor: Actor, id: string) {
  const { doc, f } = await loadDocument(ctx, actor, id)
  const receipts = await receiptsOf(ctx, doc.id)
  return { doc, content: contentOf(doc), caseNumber: f.case_number!, receipt: signedHeadOf(receipts[receipts.length - 1]) }
}
