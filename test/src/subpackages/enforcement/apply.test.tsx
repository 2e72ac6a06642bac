import { act, render } from '@testing-library/react'
import Apply from '../../../../src/subpackages/enforcement/pages/apply/index'
import { click, fakeServer, text, type } from '../../fakeServer'
import { routerParams, taroMock } from '../../stubs/taro'
import { eligible, enforcementCase } from './fixtures'

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)))

beforeEach(() => {
  for (const k of Object.keys(routerParams)) delete routerParams[k]
})

describe('申请执行', () => {
  it('from a case of mine: prefilled, with the period and the fee words, and sends no money question', async () => {
    routerParams.case = 'f-1'
    const sent = fakeServer((req) => {
      if (req.path === '/enforcement/eligible') return { body: [eligible()] }
      if (req.path === '/courts') return { body: [] }
      if (req.path === '/enforcement/applications') return { body: enforcementCase({ id: 'e-9', state: 'applied', stateName: '待立案审查' }) }
      return undefined
    })
    render(<Apply />)
    await flush()
    expect(text()).toContain('第1步，共4步：执行依据')
    expect(text()).toContain('（2026）内0784民初15号 民事判决书')
    expect(text()).toContain('申请执行期限到2028年3月10日')
    click('next-step')
    expect(text()).toContain('第2步，共4步：执行请求')
    expect(document.getElementById('respondent-names')?.textContent).toBe('王建国')
    expect(document.getElementById('apply-amount')?.textContent).toBe('8.65万元')
    expect((document.getElementById('requests') as HTMLInputElement).value).toBe('王建国支付小麦款86500元')
    expect(text()).toContain('执行申请费执行后交纳，由被执行人负担')
    expect(text()).toContain('法院识别为涉农：涉及“小麦”')
    click('next-step')
    expect(text()).toContain('第3步，共4步：财产线索')
    click('new-lead')
    click('new-lead-kind-livestock')
    type('new-lead-description', '肉牛约30头')
    click('next-step')
    expect(text()).toContain('这条线索还没填完')
    type('field-new-lead-location', '拉布大林嘎查北边的草场')
    click('save-lead')
    expect(text()).toContain('牲畜（牛、羊、马等）')
    click('next-step')
    expect(text()).toContain('第4步，共4步：核对并提交')
    await act(async () => click('submit-application'))
    expect(text()).toContain('请阅读并勾选承诺')
    click('declaration')
    await act(async () => click('submit-application'))
    const post = sent.find((r) => r.method === 'POST')
    expect(post?.body).toEqual({
      source: { kind: 'case', sourceCaseId: 'f-1' },
      requests: '王建国支付小麦款86500元',
      leads: [{ kind: 'livestock', description: '肉牛约30头', location: '拉布大林嘎查北边的草场', photoFileIds: [], urgent: false }],
      agricultural: true,
      declaration: true,
    })
    expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/subpackages/enforcement/pages/detail/index?id=e-9&applied=1' })
  })

  it('from an outside document: asks the server for the period as the date is typed, and warns when late', async () => {
    const late = {
      limited: true,
      due: '2026-03-10',
      text: '申请执行期限到2026年3月10日',
      article: '《民事诉讼法》第二百五十条',
      late: true,
      warning: '已经超过申请执行期限，法院仍然会受理；但被执行人提出异议并且成立的，法院将裁定不予执行。',
      provisional: false,
    }
    const sent = fakeServer((req) => {
      if (req.path === '/enforcement/eligible') return { body: [] }
      if (req.path === '/courts') return { body: [{ id: 'c-ergun', name: '额尔古纳市人民法院' }] }
      if (req.path === '/enforcement/period') return { body: late }
      return undefined
    })
    render(<Apply />)
    await flush()
    click('source-outside')
    click('next-step')
    expect(text()).toContain('请填写文书上的编号')
    expect(text()).toContain('请拍照或上传文书，法院要看到原件的样子')
    type('field-effective-on', '2024-03-10')
    await flush()
    expect(sent.some((r) => r.path === '/enforcement/period')).toBe(true)
    expect(document.getElementById('late-warning')?.textContent).toContain('法院仍然会受理')
  })
})
