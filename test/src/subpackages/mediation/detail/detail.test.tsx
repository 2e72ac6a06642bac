import { act, render, waitFor } from '@testing-library/react'
import type { MediationView } from '../../../../../src/api/mediation'
import MediationDetail from '../../../../../src/subpackages/mediation/pages/detail/index'
import { click, fakeServer, text } from '../../../fakeServer'
import { routerParams } from '../../../stubs/taro'
import { booking, mediation, party } from './fixtures'

let view: MediationView
const invitation = () =>
  mediation({
    viewer: { kind: 'party', role: 'respondent', needsConsent: true },
    parties: [party('applicant'), party('respondent', { me: true, consented: false })],
    booking: booking(),
    actions: ['accept', 'book', 'withdraw'],
    history: [{ action: 'mediation.booked', at: '2026-11-25T09:05:00+08:00', actorName: '张桂兰' }],
  })

beforeEach(() => {
  routerParams.id = 'm-1'
  view = invitation()
  fakeServer((req) => {
    if (req.method === 'GET' && req.path === '/mediations/m-1') return { body: view }
    if (req.path === '/service/addresses') return { body: [] }
    if (req.path === '/me') return { body: { mobile: '13847005678', address: '额尔古纳市三河回族乡' } }
    if (req.method === 'POST' && req.path === '/mediations/m-1/accept') {
      const body = req.body as { consent?: boolean }
      if (!body.consent)
        return { status: 400, body: { error: { code: 'MEDIATION_CONSENT_REQUIRED', message: '在线调解需要您的同意，请勾选“同意在线调解”', field: 'consent' } } }
      view = { ...view, viewer: { ...view.viewer, needsConsent: false }, booking: booking({ waitingFor: ['调解员'] }), actions: ['book', 'withdraw'] }
      return { body: view }
    }
    return undefined
  })
})
afterAll(() => delete routerParams.id)

describe('调解详情 page', () => {
  it('shows the invitation in order: time, consent, the answer, the facts, the record', async () => {
    render(<MediationDetail />)
    await waitFor(() => expect(document.getElementById('mediation-status')).not.toBeNull())
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id)
    const order = ['mediation-status', 'session', 'consent-form', 'accept-time', 'open-book', 'withdraw'].map((id) => ids.indexOf(id))
    expect(order.every((n, i) => n >= 0 && (i === 0 || n > order[i - 1]))).toBe(true)
    expect(text()).toContain('调解情况')
    expect(text()).toContain('预约调解时间张桂兰 · 11月25日（星期三） 09:05')
  })

  it('the other party must consent before accepting: the problem shows under the box, then the acceptance goes through', async () => {
    render(<MediationDetail />)
    await waitFor(() => expect((document.getElementById('field-service-mobile') as HTMLInputElement | null)?.value).toBe('13847005678'))
    await act(async () => click('accept-time'))
    expect(document.querySelector('#consent-form .field__error')?.textContent).toBe('在线调解需要您的同意，请勾选“同意在线调解”')
    expect(document.getElementById('mediation-error')).toBeNull()

    click('consent')
    await act(async () => click('accept-time'))
    expect(document.getElementById('mediation-notice')?.textContent).toBe('已同意调解时间，等调解员确认后会通知您')
    expect(document.getElementById('waiting-for')?.textContent).toBe('等待 调解员 同意这个时间')
    expect(document.getElementById('accept-time')).toBeNull()
    expect(document.getElementById('consent-form')).toBeNull()
  })

  it('says it is loading, then why it cannot show the mediation', async () => {
    fakeServer(() => ({ status: 403, body: { error: { code: 'FORBIDDEN', message: '您没有权限查看这个调解' } } }))
    render(<MediationDetail />)
    expect(text()).toBe('正在加载…')
    await waitFor(() => expect(text()).toBe('您没有权限查看这个调解'))
  })
})
