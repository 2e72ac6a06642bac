import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { AppError } from '../../../errors'

/** As long as a file link (fileLinks.ts): enough to open the PDF, too short to matter in a history or a log. */
export const REPORT_LINK_TTL_S = 5 * 60

export interface ReportLinkQuery {
  u?: string
  exp?: string
  sig?: string
}

const expired = () => new AppError(401, 'FILE_LINK_EXPIRED', '通报下载链接已过期，请返回后重新打开')

/**
 * Five-minute links that open one 通报's PDF for one user without the bearer header (a PDF viewer
 * or a new tab cannot send it), like the file links of fileLinks.ts but for a report: who may read
 * it is the metrics scope of the report's court, not the file's owner, so the link names the
 * report and is checked again when opened. The key is derived from the server secret for this
 * purpose alone.
 */
export function reportLinks(deps: { secret: string; nowMs: () => number }) {
  const key = Buffer.from(hkdfSync('sha256', deps.secret, '', 'metrics report link v1', 32))
  const sign = (reportId: string, userId: string, exp: number) => createHmac('sha256', key).update(`report\n${reportId}\n${userId}\n${exp}`).digest('base64url')
  const nowS = () => Math.floor(deps.nowMs() / 1000)
  return {
    /** A link to the report's PDF for this user, and when it stops working. */
    create(reportId: string, userId: string): { url: string; expiresAt: string } {
      const exp = nowS() + REPORT_LINK_TTL_S
      const query = new URLSearchParams({ u: userId, exp: String(exp), sig: sign(reportId, userId, exp) })
      return { url: `/api/v1/court/metrics/reports/${encodeURIComponent(reportId)}/file?${query}`, expiresAt: new Date(exp * 1000).toISOString() }
    },
    /** The user a link was made for, when it is genuine, for this report and not expired; 401 otherwise. */
    userFor(reportId: string, q: ReportLinkQuery): string {
      const exp = Number(q.exp)
      if (!q.u || !q.sig || !Number.isInteger(exp)) throw expired()
      const expected = Buffer.from(sign(reportId, q.u, exp))
      const given = Buffer.from(q.sig)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw expired()
      const now = nowS()
      if (exp <= now || exp > now + REPORT_LINK_TTL_S + 60) throw expired()
      return q.u
    },
  }
}
export type ReportLinks = ReturnType<typeof reportLinks>
