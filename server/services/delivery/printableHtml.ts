import type { ServiceDocumentRow } from '../../repositories/delivery'
import type { signedHeadOf } from './chain'
import type { DocumentContent } from './content'

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/**
 * A served document as a self-contained printable A4 page (no scripts, no external assets), for
 * the party who asks for paper (民事诉讼法第九十条第一款) and for the case file. The footer carries
 * the content hash recorded in the `issued` receipt, so a printout can be matched to the record,
 * and the signed head after the document's latest receipt in full (送达凭证编号, seq, hash, the
 * court's signature), so the paper alone lets anyone check it against the court's public key.
 */
export function printableHtml(doc: ServiceDocumentRow, content: DocumentContent, receipt: ReturnType<typeof signedHeadOf> = null): string {
  const r = content.rendered
  const body = r
    ? [
        r.addressee ? `<p class="to">${esc(r.addressee)}：</p>` : '',
        ...r.paragraphs.map((p) => `<p>${esc(p)}</p>`),
        r.items.length > 0 ? `<ol>${r.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>` : '',
        `<p class="sign">${esc(r.court)}<br>${esc(r.dateLine)}</p>`,
      ].join('\n')
    : `<p>本文书为法院上传的 PDF 文件：${esc(content.file?.name ?? '')}（SHA-256 ${esc(content.file?.sha256 ?? '')}）。请在移动微法院中打开查看或下载打印。</p>`
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)} ${esc(content.caseNumber)}</title>
<style>
@page { size: A4; margin: 25mm 20mm; }
body { font-family: 'Noto Serif CJK SC', 'Songti SC', SimSun, serif; font-size: 16pt; line-height: 1.8; max-width: 170mm; margin: 0 auto; color: #000; }
h1 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin: 0 0 4mm; }
.no { text-align: right; margin: 0 0 6mm; }
p { text-indent: 2em; margin: 0 0 2mm; } p.to { text-indent: 0; }
ol { margin: 0 0 2mm; padding-left: 2em; }
.sign { text-align: right; text-indent: 0; margin-top: 12mm; }
footer { margin-top: 12mm; font-size: 9pt; color: #444; border-top: 1px solid #999; padding-top: 2mm; word-break: break-all; }
</style></head>
<body>
<h1>${esc(r?.title ?? doc.title)}</h1>
<p class="no">${esc(content.caseNumber)}</p>
${body}
<footer>电子送达文书 · 文书编号 ${esc(doc.id)} · 发出时间 ${esc(doc.issued_at)} · 内容校验值（SHA-256）${esc(doc.content_sha256)}${
    receipt
      ? `<br>送达凭证编号 ${esc(receipt.code)} · 第${receipt.seq}条记录 · 记录校验值 ${esc(receipt.hash)} · 签名时间 ${esc(receipt.signedAt)} · 法院电子签名（Ed25519，密钥 ${esc(receipt.keyId)}）${esc(receipt.signature)}`
      : ''
  }</footer>
</body></html>
`
}
