import { act, render, waitFor } from '@testing-library/react'
import MobilePage from '../../../../src/subpackages/me/pages/mobile/index'
import { click, fakeServer, type Reply, type SentRequest, text, type } from '../../fakeServer'
import { taroMock } from '../../stubs/taro'

const PROFILE = {
  id: 'd-wang-jianguo',
  role: 'litigant',
  displayName: '王建国',
  courtId: null,
  realName: '王建国',
  idNumberMasked: '150784********0019',
  birthDate: '1972-09-15',
  sex: 'male',
  mobile: '13847005678',
  pendingMobile: null,
  address: null,
  realNameStatus: 'verified',
  reviewReason: null,
}
const SENT = (at: number) => ({ mobile: '13900001111', expiresAt: new Date(at + 600_000).toISOString(), resendAt: new Date(at + 60_000).toISOString() })
const refused = (status: number, code: string, message: string, field: string): Reply => ({ status, body: { error: { code, message, field } } })

/** The page's server: GET /me, and the two steps answered by `code` and `confirm`. */
function serve(opts: { profile?: object; code?: (r: SentRequest) => Reply; confirm?: (r: SentRequest) => Reply } = {}) {
  return fakeServer((r) => {
    if (r.path === '/me') return { body: { ...PROFILE, ...opts.profile } }
    if (r.path === '/me/mobile/code') return opts.code ? opts.code(r) : { body: SENT(Date.now()) }
    if (r.path === '/me/mobile/confirm') return opts.confirm ? opts.confirm(r) : { body: { ...PROFILE, mobile: '13900001111' } }
    return undefined
  })
}
const field = (id: string) => document.getElementById(id) as HTMLInputElement
const button = (id: string) => document.getElementById(id) as HTMLButtonElement
const shown = async () => {
  render(<MobilePage />)
  await waitFor(() => expect(text()).toContain('现在的手机号：13847005678'))
}
const sendTo = async (mobile: string) => {
  type('field-new-mobile', mobile)
  await act(async () => click('send-code'))
}

afterEach(() => jest.useRealTimers())

describe('更换手机号', () => {
  it('asks for a code for the new number, then takes the code and says the number is changed', async () => {
    const sent = serve()
    await shown()
    expect(text()).toContain('获取验证码')
    await sendTo('13900001111')
    expect(text()).toContain('验证码已发到 13900001111，10分钟内有效。')
    type('field-code', '246810')
    await act(async () => click('confirm-code'))
    expect(document.getElementById('mobile-done')?.textContent).toBe('手机号已换成 13900001111。以后法院的短信会发到这个号码。')
    expect(sent.filter((r) => r.method === 'POST')).toEqual([
      { method: 'POST', path: '/me/mobile/code', body: { mobile: '13900001111' } },
      { method: 'POST', path: '/me/mobile/confirm', body: { code: '246810' } },
    ])
    click('mobile-back')
    expect(taroMock.navigateBack).toHaveBeenCalled()
  })

  it.each([
    ['a number that is not 11 digits', '1390000', '手机号应该是11位，您填了7位，请核对'],
    ['the number it already is', '13847005678', '这就是您现在的手机号，不用更换'],
  ])('says what is wrong with %s at once and sends nothing', async (_label, mobile, message) => {
    const sent = serve()
    await shown()
    await sendTo(mobile)
    expect(text()).toContain(message)
    expect(sent.some((r) => r.method === 'POST')).toBe(false)
  })

  it('shows that it is sending, and keeps the button from a second tap', async () => {
    let answer: (() => void) | null = null
    fakeServer((r) => (r.path === '/me' ? { body: PROFILE } : undefined))
    const plain = taroMock.request.getMockImplementation()!
    taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
      if (!o.url.includes('/me/mobile/code')) return plain(o)
      answer = () => o.success({ statusCode: 200, data: JSON.stringify(SENT(Date.now())), header: { 'content-type': 'application/json' } })
      return { abort: jest.fn() }
    })
    await shown()
    await sendTo('13900001111')
    expect(button('send-code').textContent).toBe('正在发送……')
    expect(button('send-code').disabled).toBe(true)
    await act(async () => answer!())
    expect(text()).toContain('验证码已发到 13900001111')
  })

  it('counts down a minute before another code may be asked for', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-25T09:00:00+08:00') })
    serve()
    render(<MobilePage />)
    await act(async () => {
      await jest.runOnlyPendingTimersAsync()
    })
    await sendTo('13900001111')
    expect(document.getElementById('resend-wait')?.textContent).toBe('没收到短信？60秒后可以重新获取')
    expect(document.getElementById('resend-code')).toBeNull()
    await act(async () => {
      await jest.advanceTimersByTimeAsync(45_000)
    })
    expect(document.getElementById('resend-wait')?.textContent).toBe('没收到短信？15秒后可以重新获取')
    await act(async () => {
      await jest.advanceTimersByTimeAsync(15_000)
    })
    expect(document.getElementById('resend-wait')).toBeNull()
    expect(button('resend-code').textContent).toBe('重新获取验证码')
  })

  it.each([
    ['a wrong code: it may be typed again', refused(400, 'MOBILE_CODE_WRONG', '验证码不对，还可以再试4次', 'code'), true],
    ['an expired code: a new one may be asked for at once', refused(400, 'MOBILE_CODE_EXPIRED', '验证码已过期，请重新获取', 'code'), false],
    [
      'too many wrong tries: a new one may be asked for at once',
      refused(400, 'MOBILE_CODE_TOO_MANY_TRIES', '验证码输错次数太多，请重新获取验证码', 'code'),
      false,
    ],
  ])('says so under the code for %s', async (_label, reply, waitForResend) => {
    serve({ confirm: () => reply })
    await shown()
    await sendTo('13900001111')
    type('field-code', '111111')
    await act(async () => click('confirm-code'))
    const message = (reply as { body: { error: { message: string } } }).body.error.message
    expect(text()).toContain(message)
    expect(field('field-code').value).toBe('')
    expect(document.getElementById('mobile-done')).toBeNull()
    // Waiting out the minute, or a new code at once.
    expect(document.getElementById('resend-wait') !== null).toBe(waitForResend)
    expect(document.getElementById('resend-code') !== null).toBe(!waitForResend)
  })

  it('asks for the six digits before sending a code that cannot be right', async () => {
    const sent = serve()
    await shown()
    await sendTo('13900001111')
    type('field-code', '12a')
    await act(async () => click('confirm-code'))
    expect(text()).toContain('请填写短信里的6位数字验证码')
    expect(sent.some((r) => r.path === '/me/mobile/confirm')).toBe(false)
  })

  it('shows the server’s reason when no code may be sent yet', async () => {
    serve({ code: () => refused(429, 'MOBILE_CODE_LIMIT', '获取验证码的次数太多了，请1小时后再试', 'mobile') })
    await shown()
    await sendTo('13900001111')
    expect(text()).toContain('获取验证码的次数太多了，请1小时后再试')
    expect(document.getElementById('field-code')).toBeNull()
  })

  it('goes straight to the code when one is already on its way, and can start over with another number', async () => {
    serve({ profile: { pendingMobile: '13900002222' } })
    await shown()
    expect(text()).toContain('验证码已发到 13900002222')
    click('other-number')
    expect(field('field-new-mobile').value).toBe('13900002222')
  })

  it('says the network is weak rather than failing silently', async () => {
    serve({ code: () => 'offline' })
    jest.useFakeTimers()
    render(<MobilePage />)
    await act(async () => {
      await jest.runOnlyPendingTimersAsync()
    })
    type('field-new-mobile', '13900001111')
    click('send-code')
    await act(async () => {
      await jest.runAllTimersAsync()
    })
    expect(document.getElementById('mobile-banner')?.textContent).toBe('网络不稳定，请在信号好时再试')
  })

  it('says 绑定 for an account that has no number yet', async () => {
    serve({ profile: { mobile: null } })
    render(<MobilePage />)
    await waitFor(() => expect(text()).toContain('您还没有绑定手机号'))
    expect(text()).toContain('绑定手机号')
  })
})
