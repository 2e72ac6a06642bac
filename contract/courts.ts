import { Type, type Static } from 'typebox'
import { Role, Room } from './common'

/** Courts with their rooms and circuit points (public), and a court's own staff. */

export const Court = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  region: Type.String(),
  phone: Type.String(),
  rooms: Type.Array(Room),
})
export type Court = Static<typeof Court>

/** GET /court/staff */
export const Colleague = Type.Object({ id: Type.String(), role: Role, displayName: Type.String() })
export type Colleague = Static<typeof Colleague>
