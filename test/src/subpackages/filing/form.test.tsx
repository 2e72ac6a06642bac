import { act, fireEvent, render, waitFor } from '@testing-library/react'
import type { FilingData } from '@domain'
import type { FilingView } from '../../../../src/api/filings'
import FilingForm from '../../../../src/subpackages/filing/pages/form/index'
import { click, fakeServer, text, type } from '../../fakeServer'
import { routerParams, taroMock } from '../../stubs/taro'
import { filingView } from './fixtures'

let server: { view: FilingView; offline: boolean }

beforeEach(() => {
  taroMock.storage.clear()
  taroMock.redirectTo.mockClear()
  routerParams.id = 'f-1'
  server = { view: filingView(), offline: false }
  fakeServer((req) => {
    if (server.offline) return 'offline'
    if (req.method === 'GET') return { body: server.view }
    if (req.method === 'PUT') return { body: (server.view = { ...server.view, data: req.body as FilingData }) }
    return undefined
  })
})
afterAll(() => delete routerParams.id)

const title = () => document.getElementById('step-title')?.textContent
const openForm = async () => {
  render(<FilingForm />)
  await waitFor(() => expect(title()).toBe('第1步，共5步：当事人'))
}

describe('填写立案材料 page', () => {
  it('walks the five steps in order, refusing to move on while a step has red text', async () => {
    await openForm()
    expect(document.getElementById('save-state')?.textContent).toBe('已自动保存')
    expect((document.getElementById('prev-step') as HTMLButtonElement).disabled).toBe(true)
    await act(async () => click('next-step'))
    expect(document.getElementById('form-banner')?.textContent).toMatch(/^这一步还有\d+处需要填写或改正，请看红字提示$/)
    expect(title()).toBe('第1步，共5步：当事人')

    click('add-defendant')
    type('field-p1-name', '王建国')
    type('field-p1-idNumber', '150784197209150019')
    type('field-p1-address', '额尔古纳市三河回族乡')
    await act(async () => click('next-step'))
    expect(title()).toBe('第2步，共5步：请求和事实')
    expect(document.getElementById('form-banner')).toBeNull()

    click('add-claim')
    type('claim-0-text', '判令被告支付小麦货款')
    type('field-claim-0-amount', '86500')
    type('facts', '2025年9月我卖给被告小麦20吨，说好收货后一个月内付款，到现在也没给钱。')
    await act(async () => click('next-step'))
    expect(title()).toBe('第3步，共5步：证据')
    await act(async () => click('next-step'))
    expect(title()).toBe('第4步，共5步：送达地址')
    await act(async () => click('next-step'))
    expect(title()).toBe('第5步，共5步：核对并提交')
    expect(document.getElementById('next-step')).toBeNull()
    expect(document.getElementById('fee-total')?.textContent).toBe('981.25元')

    await act(async () => click('prev-step'))
    expect(title()).toBe('第4步，共5步：送达地址')
  })

  it('lists the court’s corrections at once, each leading to its step', async () => {
    server.view = filingView({
      status: 'correction-requested',
      correction: {
        items: [
          { field: 'parties[0].address', message: '原告住址请写到村、门牌号' },
          { field: 'evidence', message: '请补充收条的照片' },
        ],
        requestedAt: '2026-11-26T09:00:00+08:00',
      },
    })
    await openForm()
    expect(document.getElementById('correction-list')?.textContent).toContain(
      '法院要求补正以下内容（一次性告知）1. 原告住址请写到村、门牌号去修改2. 请补充收条的照片去修改',
    )
    fireEvent.click(document.querySelectorAll('#correction-list .link')[1])
    expect(title()).toBe('第3步，共5步：证据')
  })

  it('tells the party the typing is safe on the phone when the signal drops', async () => {
    await openForm()
    jest.useFakeTimers()
    server.offline = true
    type('field-p0-address', '额尔古纳市拉布大林街道团结村5号')
    await act(async () => {
      await jest.advanceTimersByTimeAsync(800)
    })
    jest.useRealTimers()
    expect(text()).toContain('网络不稳定，内容已保存在手机上，恢复后自动提交')
    expect(document.getElementById('save-state')?.textContent).toBe('已存在手机上，联网后自动同步')
    expect(document.getElementById('save-state')?.className).toBe('save-state save-state--offline')
  })

  it('says why the form cannot open when the filing is not there', async () => {
    fakeServer(() => ({ status: 404, body: { error: { code: 'FILING_NOT_FOUND', message: '找不到这份立案申请' } } }))
    render(<FilingForm />)
    await waitFor(() => expect(text()).toContain('找不到这份立案申请'))
  })
})
