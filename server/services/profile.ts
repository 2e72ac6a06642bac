import { validateMobile, validatePersonName, validateResidentId } from '../../domain'
import type { Clock } from '../clock'
import { shanghaiDay, shanghaiIso } from '../clock'
import { badRequest, notFound } from '../errors'
import type { UserRow, UsersRepository } from '../repositories/users'
import type { Actor } from '../auth/actor'

export interface Profile {
  id: string
  role: Actor['role']
  displayName: string
  courtId: string | null
  realName: string | null
  idNumberMasked: string | null
  birthDate: string | null
  sex: 'male' | 'female' | null
  mobile: string | null
  address: string | null
  realNameStatus: UserRow['real_name_status']
}

/** Shows only the first 6 and last 4 characters: enough to recognise, not to copy. */
export const maskIdNumber = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`

function toProfile(u: UserRow): Profile {
  const parsed = u.id_number ? validateResidentId(u.id_number) : null
  return {
    id: u.id,
    role: u.role,
    displayName: u.display_name,
    courtId: u.court_id,
    realName: u.real_name,
    idNumberMasked: u.id_number ? maskIdNumber(u.id_number) : null,
    birthDate: parsed?.ok ? parsed.birthDate : null,
    sex: parsed?.ok ? parsed.sex : null,
    mobile: u.mobile,
    address: u.address,
    realNameStatus: u.real_name_status,
  }
}

export interface ProfileInput {
  realName: string
  idNumber: string
  mobile: string
  address?: string
}

/**
 * The real-name profile (在线诉讼规则 art. 7). The ID is checked here with the domain rule;
 * verification against the national identity service (face check) is a separate step that
 * leaves the status at `submitted` until a clerk or the identity provider confirms it.
 */
export function profileService(deps: { users: UsersRepository; clock: Clock }) {
  const { users, clock } = deps
  return {
    async get(actor: Actor): Promise<Profile> {
      const u = await users.byId(actor.sub)
      if (!u) throw notFound('USER_NOT_FOUND', '找不到您的账号，请重新登录')
      return toProfile(u)
    },
    async update(actor: Actor, input: ProfileInput): Promise<Profile> {
      const realName = input.realName.trim()
      const name = validatePersonName(realName)
      if (!name.ok) throw badRequest('PROFILE_NAME_INVALID', name.reason ?? '姓名请填写身份证上的名字', 'realName')
      const idNumber = input.idNumber.trim().toUpperCase()
      const id = validateResidentId(idNumber, shanghaiDay(clock.now()))
      if (!id.ok) throw badRequest('PROFILE_ID_INVALID', id.reason, 'idNumber')
      const mobile = validateMobile(input.mobile.trim())
      if (!mobile.ok) throw badRequest('PROFILE_MOBILE_INVALID', mobile.reason ?? '手机号不对，请核对', 'mobile')
      const u = await users.byId(actor.sub)
      if (!u) throw notFound('USER_NOT_FOUND', '找不到您的账号，请重新登录')
      await users.updateProfile(actor.sub, {
        real_name: realName,
        id_number: idNumber,
        mobile: input.mobile.trim(),
        address: input.address?.trim() || null,
        real_name_status: u.real_name_status === 'verified' && u.id_number === idNumber && u.real_name === realName ? 'verified' : 'submitted',
        updated_at: shanghaiIso(clock.now()),
      })
      return this.get(actor)
    },
  }
}
export type ProfileService = ReturnType<typeof profileService>
