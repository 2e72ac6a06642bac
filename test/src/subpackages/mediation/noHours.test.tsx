import { fireEvent, render, waitFor } from '@testing-library/react'
import { NoHours } from '../../../../src/subpackages/mediation/components/NoHours'
import BookSession from '../../../../src/subpackages/mediation/pages/book/index'
import { routerParams, taroMock } from '../../stubs/taro'
import { mediation } from './detail/fixtures'

type Opts = { url: string; method: string; success: (r: unknown) => void }
const reply = (o: Opts, status: number, body: unknown) =>
  o.success({ statusCode: status, data: JSON.stringify(body), header: { 'content-type': 'application/json' } })
const text = () => document.body.textContent ?? ''
const ERGUN = { name: '额尔古纳市人民法院', phone: '0470-6822368' }

beforeEach(() => {
  taroMock.makePhoneCall.mockClear()
  taroMock.request.mockReset()
})

describe('NoHours', () => {
  it.each([
    { label: 'no published hours', reason: 'none' as const, says: '额尔古纳市人民法院的调解员还没有公布可以预约的时间。' },
    { label: 'every session taken', reason: 'full' as const, says: '这两周调解员的时间都约满了，可以看看后面两周。' },
  ])('says why nothing can be booked ($label) and dials the court', ({ reason, says }) => {
    render(<NoHours court={ERGUN} reason={reason} />)
    expect(text()).toContain(says)
    expect(text()).toContain('您可以打电话给法院，请法院为您安排调解时间。')
    const call = document.getElementById('call-court') as HTMLElement
    expect(call.textContent).toBe('拨打法院电话 0470-6822368')
    fireEvent.click(call)
    expect(taroMock.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0470-6822368' })
  })

  it('offers no call button before the court’s phone is known', () => {
    render(<NoHours court={null} reason='none' />)
    expect(text()).toContain('法院的调解员还没有公布可以预约的时间。')
    expect(document.getElementById('call-court')).toBeNull()
  })
})

describe('选择调解时间 page when the court has no hours', () => {
  afterEach(() => {
    delete routerParams.id
    delete routerParams.first
  })

  it('shows the court’s own phone from the courts list, with a button that calls it', async () => {
    routerParams.id = 'm-1'
    routerParams.first = '1'
    taroMock.request.mockImplementation((o: Opts) => {
      const path = o.url.replace(/^.*\/api\/v1/, '').split('?')[0]
      if (path === '/mediations/m-1') reply(o, 200, mediation())
      else if (path === '/mediations/m-1/slots') reply(o, 200, { from: '2026-11-26', to: '2026-12-09', groups: [] })
      else if (path === '/courts')
        reply(o, 200, [
          { id: 'c-dongsheng', code: '内0602', name: '鄂尔多斯市东胜区人民法院', region: 'ordos', phone: '0477-1111111', rooms: [] },
          { id: 'c-ergun', code: '内0784', name: ERGUN.name, region: 'ergun', phone: ERGUN.phone, rooms: [] },
        ])
      else reply(o, 404, { error: { code: 'NOT_FOUND', message: '找不到' } })
      return { abort: jest.fn() }
    })
    render(<BookSession />)
    await waitFor(() => expect(document.getElementById('call-court')).not.toBeNull())
    expect(text()).toContain('额尔古纳市人民法院的调解员还没有公布可以预约的时间。')
    fireEvent.click(document.getElementById('call-court') as HTMLElement)
    expect(taroMock.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0470-6822368' })
    expect(document.getElementById('later-booking')?.textContent).toBe('以后再选')
  })
})
