/** Shapes the API returns, from the contract the server validates its replies against. */
export type { SessionUser, TokenReply } from '../../contract/auth'
export type { Role } from '../../contract/common'
export type { Court } from '../../contract/courts'
export type { Profile } from '../../contract/me'
