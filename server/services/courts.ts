import { forbidden } from '../errors'
import type { CourtsRepository } from '../repositories/courts'
import type { UsersRepository } from '../repositories/users'
import type { Actor } from '../auth/actor'

export function courtsService(deps: { courts: CourtsRepository; users: UsersRepository }) {
  const { courts, users } = deps
  return {
    /** Public: the courts a party may file at, with their rooms and circuit points. */
    async list() {
      const rows = await courts.all()
      return Promise.all(
        rows.map(async (c) => ({
          id: c.id,
          code: c.code,
          name: c.name,
          region: c.region,
          phone: c.phone,
          rooms: (await courts.rooms(c.id)).map((r) => ({ id: r.id, name: r.name, kind: r.kind, address: r.address })),
        })),
      )
    },
    /** Staff see the colleagues of their own court only. */
    async staff(actor: Actor) {
      if (!actor.courtId) throw forbidden()
      const rows = await users.staffOfCourt(actor.courtId)
      return rows.map((u) => ({ id: u.id, role: u.role, displayName: u.display_name }))
    },
  }
}
export type CourtsService = ReturnType<typeof courtsService>
