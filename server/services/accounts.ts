import type { Actor, Role } from '../auth/actor'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { badRequest, forbidden, notFound } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { SignInLocksRepository } from '../repositories/signInLocks'
import type { UserRow, UsersRepository } from '../repositories/users'
import type { SessionsService } from './sessions'

export const STAFF_ROLES: readonly Role[] = ['judge', 'clerk', 'mediator', 'admin']

export interface AccountView {
  id: string
  account: string | null
  role: Role
  displayName: string
  disabled: boolean
}

const toView = (u: UserRow): AccountView => ({ id: u.id, account: u.account, role: u.role, displayName: u.display_name, disabled: u.disabled_at !== null })

/**
 * A court admin manages the staff accounts of their own court: disable and enable one, change
 * its role, lift a sign-in lock. Disabling and a role change end the account's sessions at once,
 * so an old token cannot keep reading what the account may no longer read.
 */
export function accountsService(deps: {
  users: UsersRepository
  signInLocks: SignInLocksRepository
  sessions: SessionsService
  audit: AuditRepository
  clock: Clock
}) {
  const { users, signInLocks, sessions, audit, clock } = deps

  /** A staff account of the admin's court other than their own; any other id reads as not found. */
  async function colleague(actor: Actor, id: string, selfMessage: string): Promise<UserRow> {
    if (actor.role !== 'admin' || !actor.courtId) throw forbidden()
    const u = await users.byId(id)
    if (!u || u.court_id !== actor.courtId || !STAFF_ROLES.includes(u.role)) throw notFound('ACCOUNT_NOT_FOUND', '本院没有这个工作人员账号')
    if (u.id === actor.sub) throw badRequest('ACCOUNT_SELF', selfMessage, 'id')
    return u
  }
  const record = (actor: Actor, action: string, subject: string, detail?: unknown) =>
    audit.record({ actorId: actor.sub, action, subject, detail, at: shanghaiIso(clock.now()) })

  return {
    async disable(actor: Actor, id: string): Promise<AccountView> {
      const u = await colleague(actor, id, '不能停用自己的账号，请由本院另一位管理员操作')
      const at = shanghaiIso(clock.now())
      await users.setDisabled(u.id, u.disabled_at ?? at, at)
      const ended = await sessions.revokeAllOf(u.id, 'disabled')
      await record(actor, 'account.disable', u.id, { sessionsEnded: ended })
      return toView({ ...u, disabled_at: u.disabled_at ?? at })
    },

    async enable(actor: Actor, id: string): Promise<AccountView> {
      const u = await colleague(actor, id, '不能启用自己的账号')
      await users.setDisabled(u.id, null, shanghaiIso(clock.now()))
      await record(actor, 'account.enable', u.id)
      return toView({ ...u, disabled_at: null })
    },

    async setRole(actor: Actor, id: string, role: Role): Promise<AccountView> {
      if (!STAFF_ROLES.includes(role)) throw badRequest('ROLE_INVALID', '只能设为法官、书记员、调解员或管理员', 'role')
      const u = await colleague(actor, id, '不能改变自己的角色，请由本院另一位管理员操作')
      if (u.role === role) return toView(u)
      await users.setRole(u.id, role, shanghaiIso(clock.now()))
      const ended = await sessions.revokeAllOf(u.id, 'role')
      await record(actor, 'account.role', u.id, { from: u.role, to: role, sessionsEnded: ended })
      return toView({ ...u, role })
    },

    /** Lifts the sign-in lock after too many wrong passwords, and forgets the earlier lockouts. */
    async unlock(actor: Actor, id: string): Promise<AccountView> {
      const u = await colleague(actor, id, '不能为自己解锁，请由本院另一位管理员操作')
      if (u.account) await signInLocks.clear(u.account)
      await record(actor, 'account.unlock', u.id)
      return toView(u)
    },
  }
}
export type AccountsService = ReturnType<typeof accountsService>
