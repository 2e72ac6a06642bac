import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import type { Actor } from '../auth/actor'
import type { Clock } from '../clock'
import { AppError } from '../errors'
import type { UsersRepository } from '../repositories/users'
import type { FilesService } from './files'

/** How long a file link works: long enough to open a preview or a PDF, short enough not to matter in a history or a log. */
export const FILE_LINK_TTL_S = 5 * 60

export interface FileLinkQuery {
  u?: string
  exp?: string
  sig?: string
}

const expired = () => new AppError(401, 'FILE_LINK_EXPIRED', '文件链接已过期，请返回后重新打开')

/**
 * Short-lived links for `<image src>` and a PDF opened in a new tab, which cannot send the
 * bearer header. A link names one file and one user, expires within five minutes and is signed
 * with a key derived from the server secret for this purpose only, so it opens that file for
 * that user and nothing else; who may read the file is checked again when it is opened.
 */
export function fileLinksService(deps: { secret: string; clock: Clock; users: UsersRepository; files: FilesService }) {
  const { clock, users, files } = deps
  const key = Buffer.from(hkdfSync('sha256', deps.secret, '', 'court file link v1', 32))
  const sign = (fileId: string, userId: string, exp: number) => createHmac('sha256', key).update(`file\n${fileId}\n${userId}\n${exp}`).digest('base64url')
  const nowS = () => Math.floor(clock.now().getTime() / 1000)

  return {
    /** A link to a file the actor may read, for them alone. */
    async create(actor: Actor, fileId: string): Promise<{ url: string; expiresAt: string }> {
      await files.open(actor, fileId)
      const exp = nowS() + FILE_LINK_TTL_S
      const query = new URLSearchParams({ u: actor.sub, exp: String(exp), sig: sign(fileId, actor.sub, exp) })
      return { url: `/api/v1/files/${encodeURIComponent(fileId)}?${query}`, expiresAt: new Date(exp * 1000).toISOString() }
    },

    /** The user a link was made for, when it is genuine, for this file, and not expired. */
    async actorFor(fileId: string, q: FileLinkQuery): Promise<Actor> {
      const exp = Number(q.exp)
      if (!q.u || !q.sig || !Number.isInteger(exp)) throw expired()
      const expected = Buffer.from(sign(fileId, q.u, exp))
      const given = Buffer.from(q.sig)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw expired()
      const now = nowS()
      if (exp <= now || exp > now + FILE_LINK_TTL_S + 60) throw expired()
      const user = await users.byId(q.u)
      if (!user || user.disabled_at) throw expired()
      return { sub: user.id, role: user.role, courtId: user.court_id }
    },
  }
}
export type FileLinksService = ReturnType<typeof fileLinksService>
