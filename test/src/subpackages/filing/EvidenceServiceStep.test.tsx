import { fireEvent } from '@testing-library/react'
import { EvidenceStep } from '../../../../src/subpackages/filing/pages/form/steps/EvidenceStep'
import { ServiceStep } from '../../../../src/subpackages/filing/pages/form/steps/ServiceStep'
import { click, text, type } from '../../fakeServer'
import { filingData, pdf, renderStep } from './fixtures'

describe('EvidenceStep', () => {
  it('adds a piece of evidence with what it proves, and offers photo and PDF uploads for it', () => {
    const { latest } = renderStep(EvidenceStep)
    expect(text()).toContain('没有证据也可以先提交')
    click('add-evidence')
    type('field-ev0-name', '收条和合同')
    type('field-ev0-proves', '被告收到小麦20吨')
    expect(latest().evidence).toEqual([{ name: '收条和合同', proves: '被告收到小麦20吨', fileIds: [] }])
    expect(document.getElementById('ev0-photo')?.textContent).toBe('拍照或选照片')
    expect(document.getElementById('ev0-pdf')?.textContent).toBe('选择 PDF 文件')
  })

  it('shows the files of each piece by name, and deletes a piece', () => {
    const { latest } = renderStep(EvidenceStep, {
      data: filingData({ evidence: [{ name: '合同', proves: '约定了价款', fileIds: ['file-9'] }] }),
      known: [pdf('file-9', '买卖合同.pdf')],
      problems: [{ code: 'X', field: 'evidence[0].proves', message: '请写明这份证据要证明什么' }],
    })
    expect(text()).toContain('买卖合同.pdf（20KB）')
    expect(text()).toContain('请写明这份证据要证明什么')
    fireEvent.click(Array.from(document.querySelectorAll('#evidence-0 .link')).pop() as HTMLElement)
    expect(latest().evidence).toEqual([])
  })
})

describe('ServiceStep', () => {
  it('turns the consent and each channel off and on, and keeps the address', () => {
    const { latest } = renderStep(ServiceStep)
    expect((document.getElementById('field-service-mobile') as HTMLInputElement).value).toBe('13904701234')
    click('consent-electronic')
    expect(latest().service.consentElectronic).toBe(false)
    fireEvent.click(document.querySelectorAll('.check')[2] as HTMLElement)
    expect(latest().service.sms).toBe(false)
    type('field-service-email', 'zhang@example.cn')
    type('field-service-postal', '额尔古纳市拉布大林街道团结村5号')
    expect(latest().service).toMatchObject({ app: true, sms: false, email: 'zhang@example.cn', postalAddress: '额尔古纳市拉布大林街道团结村5号' })
    type('field-service-email', '')
    expect(latest().service.email).toBeUndefined()
  })

  it('shows the problem of the whole confirmation and of the mobile', () => {
    renderStep(ServiceStep, {
      problems: [
        { code: 'X', field: 'service', message: '请至少选择一种送达方式' },
        { code: 'X', field: 'service.mobile', message: '手机号应该是11位' },
      ],
    })
    expect(Array.from(document.querySelectorAll('.field__error')).map((e) => e.textContent)).toEqual(['请至少选择一种送达方式', '手机号应该是11位'])
  })
})
