import type { ServiceAddressConfirmation } from '../filing/types'
import { DOCUMENT_KINDS, type ServiceDocumentKind } from './documentKinds'

export type ElectronicChannel = 'app' | 'sms' | 'email'

export type Consent = { ok: true; channels: ElectronicChannel[] } | { ok: false; reason: 'no-address' | 'refused' | 'step' | 'no-channel'; message: string }

const STEP_NAMES = { filing: '立案', notices: '应诉、举证通知', summons: '传票', judgment: '判决书、裁定书、调解书' } as const

/**
 * Whether a party agreed to receive this kind of document electronically, and through which
 * channels. E-service needs the recipient's consent (民事诉讼法第九十条), given in the
 * 送达地址确认书 (《民诉法解释》第一百三十六条, 在线诉讼规则 art. 29), per step (art. 4), with an
 * electronic address to send to: this mini-program's inbox, a mobile number for SMS, an e-mail.
 * Without it the court serves on paper.
 *
 * @param address the party's current 送达地址确认书, or null if none was given
 * @param kind the document kind
 * @returns the consented electronic channels, or why not with a Chinese message (no name in it)
 * @example consentFor(null, 'summons') // { ok: false, reason: 'no-address', message: '还没有填写送达地址确认书' }
 */
export function consentFor(address: ServiceAddressConfirmation | null, kind: ServiceDocumentKind): Consent {
  if (!address) return { ok: false, reason: 'no-address', message: '还没有填写送达地址确认书' }
  if (!address.consentElectronic) return { ok: false, reason: 'refused', message: '没有同意电子送达' }
  const step = DOCUMENT_KINDS[kind].step
  if (!address.consentSteps.includes(step)) return { ok: false, reason: 'step', message: `没有同意以电子方式接收${STEP_NAMES[step]}` }
  const channels: ElectronicChannel[] = []
  if (address.app) channels.push('app')
  if (address.sms && address.mobile.trim()) channels.push('sms')
  if (address.email?.trim()) channels.push('email')
  if (channels.length === 0) return { ok: false, reason: 'no-channel', message: '没有留下可以接收电子送达的方式' }
  return { ok: true, channels }
}
