import { createHmac, hkdfSync } from 'node:crypto'
import type { Actor } from '../../auth/actor'
import type { Clock } from '../../clock'
import { shanghaiDay, shanghaiIso } from '../../clock'
import type { Transact } from '../../db/query'
import { notFound } from '../../errors'
import type { AuditRepository } from '../../repositories/audit'
import type { IdCardsRepository } from '../../repositories/idCards'
import type { MobileCodesRepository } from '../../repositories/mobileCodes'
import type { UserRow, UsersRepository } from '../../repositories/users'
import type { Notifier } from '../notify'

export interface ProfileDeps {
  users: UsersRepository
  mobileCodes: MobileCodesRepository
  /** the ID card photos and the court's decision on them (实名核验) */
  idCards: IdCardsRepository
  audit: AuditRepository
  notifier: Notifier
  transact: Transact
  clock: Clock
  /** the server secret; codes are hashed under a key derived from it, so the database alone cannot check a guess */
  secret: string
}

/** What every profile use case is handed: its repositories, the clock, and the keyed hash of a code. */
export function profileContext(deps: ProfileDeps) {
  const key = Buffer.from(hkdfSync('sha256', deps.secret, '', 'mobile code v1', 32))
  return {
    ...deps,
    now: () => deps.clock.now(),
    nowIso: () => shanghaiIso(deps.clock.now()),
    today: () => shanghaiDay(deps.clock.now()),
    /** Binds the code to its row, account and number, so a hash copied to another row proves nothing. */
    codeHash: (row: { id: string; user_id: string; mobile: string }, code: string) =>
      createHmac('sha256', key).update(`${row.id}\n${row.user_id}\n${row.mobile}\n${code}`).digest('hex'),
    async user(actor: Actor): Promise<UserRow> {
      const u = await deps.users.byId(actor.sub)
      if (!u) throw notFound('USER_NOT_FOUND', '找不到您的账号，请重新登录')
      return u
    },
  }
}
export type ProfileContext = ReturnType<typeof profileContext>
