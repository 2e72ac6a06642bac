import { act, fireEvent, render, waitFor } from '@testing-library/react'
import RequestMediation from '../../../../src/subpackages/mediation/pages/request/index'
import { taroMock } from '../../stubs/taro'

type Opts = { url: string; method: string; data?: string; success: (r: unknown) => void }
const sent: Array<{ method: string; url: string; body: unknown }> = []
const reply = (o: Opts, status: number, body: unknown) =>
  o.success({ statusCode: status, data: JSON.stringify(body), header: { 'content-type': 'application/json' } })

beforeEach(() => {
  sent.length = 0
  taroMock.redirectTo.mockClear()
  taroMock.request.mockReset()
  taroMock.request.mockImplementation((o: Opts) => {
    const path = o.url.replace(/^.*\/api\/v1/, '').split('?')[0]
    sent.push({ method: o.method, url: path, body: o.data ? JSON.parse(o.data) : undefined })
    if (path === '/courts') reply(o, 200, [{ id: 'c-ergun', code: '内0784', name: '额尔古纳市人民法院', region: 'ergun', phone: '12368', rooms: [] }])
    else if (path === '/filings') reply(o, 200, [])
    else if (path === '/service/addresses') reply(o, 200, [])
    else if (path === '/me') reply(o, 200, { mobile: '13904701234', address: '额尔古纳市拉布大林街道团结村' })
    else if (path === '/mediations') reply(o, 201, { id: 'm-1' })
    else reply(o, 404, { error: { code: 'NOT_FOUND', message: '找不到' } })
    return { abort: jest.fn() }
  })
})

const type = (id: string, value: string) => fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } })
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement)
const text = () => document.body.textContent ?? ''

describe('申请调解 page', () => {
  it('checks each step with the domain rules before moving on, then files the request with the prefilled address', async () => {
    render(<RequestMediation />)
    await waitFor(() => expect(document.getElementById('court-c-ergun')).not.toBeNull())
    expect(document.getElementById('step-indicator')?.textContent).toBe('第1步，共3步：调解什么')

    click('next-step')
    expect(text()).toContain('请填写对方当事人的姓名或单位名称')
    expect(text()).toContain('对方的手机号有误：请填写手机号')
    expect(document.getElementById('step-indicator')?.textContent).toBe('第1步，共3步：调解什么')

    type('field-respondent-name', '王建国')
    type('field-respondent-mobile', '13847005678')
    click('next-step')
    expect(document.getElementById('step-indicator')?.textContent).toBe('第2步，共3步：纠纷和请求')

    type('dispute', '欠钱不还')
    type('field-claim', '付清小麦款')
    click('next-step')
    expect(text()).toContain('请把纠纷的经过写清楚，至少10个字')
    type('dispute', '2025年9月我卖给王建国小麦20吨，他一直没有付款。')
    type('field-amount', '86500')
    expect(text()).toContain('即 8.65万元')
    click('next-step')
    expect(document.getElementById('step-indicator')?.textContent).toBe('第3步，共3步：同意和送达')

    // The service address comes from the real-name profile.
    await waitFor(() => expect((document.getElementById('field-service-mobile') as HTMLInputElement).value).toBe('13904701234'))
    click('submit-request')
    expect(text()).toContain('在线调解需要您的同意，请勾选“同意在线调解”')
    expect(sent.some((r) => r.method === 'POST')).toBe(false)

    click('consent')
    await act(async () => {
      click('submit-request')
    })
    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/subpackages/mediation/pages/book/index?id=m-1&first=1' }))
    const post = sent.find((r) => r.method === 'POST')
    expect(post).toEqual({
      method: 'POST',
      url: '/mediations',
      body: {
        stage: 'pre-filing',
        courtId: 'c-ergun',
        respondent: { name: '王建国', mobile: '13847005678' },
        dispute: '2025年9月我卖给王建国小麦20吨，他一直没有付款。',
        claim: '付清小麦款',
        amountFen: 8_650_000,
        consent: true,
        service: { mobile: '13904701234', postalAddress: '额尔古纳市拉布大林街道团结村', app: true, sms: true },
      },
    })
  })

  it('refuses an amount that is not a plain number', async () => {
    render(<RequestMediation />)
    await waitFor(() => expect(document.getElementById('court-c-ergun')).not.toBeNull())
    type('field-respondent-name', '王建国')
    type('field-respondent-mobile', '13847005678')
    click('next-step')
    type('dispute', '2025年9月我卖给王建国小麦20吨，他一直没有付款。')
    type('field-claim', '付清小麦款')
    type('field-amount', '八万六')
    click('next-step')
    expect(text()).toContain('金额请只填数字，例如 86500')
    expect(document.getElementById('step-indicator')?.textContent).toBe('第2步，共3步：纠纷和请求')
  })
})
