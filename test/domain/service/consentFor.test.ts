import { consentFor, DOCUMENT_KINDS, validateServiceAddress, type ServiceDocumentKind } from '../../../domain'
import type { ServiceAddressConfirmation } from '../../../domain/filing/types'

const full: ServiceAddressConfirmation = {
  app: true,
  sms: true,
  mobile: '13847005678',
  postalAddress: '额尔古纳市三河回族乡',
  consentElectronic: true,
  consentSteps: ['filing', 'notices', 'summons', 'judgment'],
}

describe('consentFor', () => {
  it.each([
    { label: 'no confirmation at all', address: null, kind: 'summons' as const, reason: 'no-address' },
    { label: 'refused e-service', address: { ...full, consentElectronic: false }, kind: 'summons' as const, reason: 'refused' },
    { label: 'consented to notices but not the summons', address: { ...full, consentSteps: ['notices' as const] }, kind: 'summons' as const, reason: 'step' },
    {
      label: 'judgment step missing for a 判决书',
      address: { ...full, consentSteps: ['notices' as const, 'summons' as const] },
      kind: 'judgment' as const,
      reason: 'step',
    },
    { label: 'no electronic channel left', address: { ...full, app: false, sms: false }, kind: 'response-notice' as const, reason: 'no-channel' },
  ])('refuses: $label', ({ address, kind, reason }) => {
    const c = consentFor(address, kind)
    expect(c).toMatchObject({ ok: false, reason })
    if (!c.ok) expect(c.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it.each([
    { label: 'app and SMS', address: full, channels: ['app', 'sms'] },
    { label: 'SMS only', address: { ...full, app: false }, channels: ['sms'] },
    { label: 'SMS ticked without a number counts as no SMS', address: { ...full, mobile: ' ' }, channels: ['app'] },
    { label: 'e-mail only', address: { ...full, app: false, sms: false, email: 'wang@example.com' }, channels: ['email'] },
  ])('allows: $label', ({ address, channels }) => {
    expect(consentFor(address, 'response-notice')).toEqual({ ok: true, channels })
  })

  it('maps every kind to a step the form offers', () => {
    for (const kind of Object.keys(DOCUMENT_KINDS) as ServiceDocumentKind[]) {
      expect(full.consentSteps).toContain(DOCUMENT_KINDS[kind].step)
    }
  })
})

describe('validateServiceAddress', () => {
  it('accepts a complete confirmation', () => {
    expect(validateServiceAddress(full)).toEqual([])
  })

  it('accepts a refusal of e-service with a postal address', () => {
    expect(validateServiceAddress({ ...full, app: false, sms: false, mobile: '', consentElectronic: false, consentSteps: [] })).toEqual([])
  })

  it.each([
    { label: 'postal address missing', patch: { postalAddress: '  ' }, code: 'SERVICE_ADDRESS_POSTAL_REQUIRED', field: 'postalAddress' },
    { label: 'bad mobile with SMS', patch: { mobile: '1384700567' }, code: 'SERVICE_ADDRESS_MOBILE_INVALID', field: 'mobile' },
    { label: 'bad e-mail', patch: { email: 'wang@' }, code: 'SERVICE_ADDRESS_EMAIL_INVALID', field: 'email' },
    { label: 'consent without a channel', patch: { app: false, sms: false, mobile: '' }, code: 'SERVICE_ADDRESS_NO_CHANNEL', field: 'app' },
    { label: 'consent without a step', patch: { consentSteps: [] }, code: 'SERVICE_ADDRESS_NO_STEP', field: 'consentSteps' },
    {
      label: 'a repeated step',
      patch: { consentSteps: ['summons', 'summons'] as ServiceAddressConfirmation['consentSteps'] },
      code: 'SERVICE_ADDRESS_STEP_INVALID',
      field: 'consentSteps',
    },
  ])('$label', ({ patch, code, field }) => {
    const problems = validateServiceAddress({ ...full, ...patch })
    expect(problems).toEqual([expect.objectContaining({ code, field })])
  })

  it('lists every problem at once', () => {
    expect(validateServiceAddress({ ...full, postalAddress: '', mobile: 'x', consentSteps: [] }).map((p) => p.code)).toEqual([
      'SERVICE_ADDRESS_POSTAL_REQUIRED',
      'SERVICE_ADDRESS_MOBILE_INVALID',
      'SERVICE_ADDRESS_NO_STEP',
    ])
  })
})
