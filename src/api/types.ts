/** Shapes the API returns; kept beside the client so pages never guess. */
export type Role = 'litigant' | 'agent' | 'judge' | 'clerk' | 'mediator' | 'admin'

export interface SessionUser {
  id: string
  role: Role
  displayName: string
  courtId: string | null
  realNameStatus: 'none' | 'submitted' | 'verified'
}

export interface TokenReply {
  token: string
  user: SessionUser
}

export interface Profile extends SessionUser {
  realName: string | null
  idNumberMasked: string | null
  birthDate: string | null
  sex: 'male' | 'female' | null
  mobile: string | null
  address: string | null
}

export interface Court {
  id: string
  code: string
  name: string
  region: string
  phone: string
  rooms: Array<{ id: string; name: string; kind: 'courtroom' | 'mediation-room' | 'circuit-point'; address: string | null }>
}
