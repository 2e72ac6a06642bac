import { act, fireEvent } from '@testing-library/react'
import { AgentCard } from '../../../../src/subpackages/filing/pages/form/steps/AgentCard'
import { PartiesStep } from '../../../../src/subpackages/filing/pages/form/steps/PartiesStep'
import { click, text, type } from '../../fakeServer'
import { filingData, pdf, renderStep } from './fixtures'

describe('PartiesStep', () => {
  it('adds a defendant, names each side as a lawsuit does, and keeps what is typed', () => {
    const { latest } = renderStep(PartiesStep)
    expect(document.querySelector('#party-0 .party__head')?.textContent).toBe('原告')
    click('add-defendant')
    expect(document.querySelector('#party-1 .party__head')?.textContent).toBe('被告删除')
    type('field-p1-name', '王建国')
    type('field-p1-idNumber', '150784197209150019')
    type('field-p1-mobile', '13847005678')
    type('field-p1-address', '额尔古纳市三河回族乡')
    expect(latest().parties[1]).toEqual({
      side: 'defendant',
      type: 'person',
      name: '王建国',
      idNumber: '150784197209150019',
      mobile: '13847005678',
      address: '额尔古纳市三河回族乡',
    })
    expect(text()).toContain('手机号（知道的话请填写）')
  })

  it('marks a party without domicile in China, says what follows, and unmarks it', () => {
    const { latest } = renderStep(PartiesStep)
    click('add-defendant-org')
    expect(document.getElementById('p1-abroad')?.textContent).toBe('在中国境内没有住所（比如定居在国外）')
    expect(document.getElementById('p1-abroad-hint')).toBeNull()
    click('p1-abroad')
    expect(latest().parties[1].abroad).toBe(true)
    expect(document.querySelector('#p1-abroad input')).toHaveProperty('checked', true)
    expect(document.getElementById('p1-abroad-hint')?.textContent).toBe('这样的当事人答辩、上诉的期限是30天；案件不适用小额诉讼。')
    expect(latest().parties[0].abroad).toBeUndefined()
    click('p1-abroad')
    expect(latest().parties[1].abroad).toBeUndefined()
    expect('abroad' in JSON.parse(JSON.stringify(latest().parties[1]))).toBe(false)
  })

  it('asks an organisation for its credit code and legal representative instead of an ID number', () => {
    const { latest } = renderStep(PartiesStep)
    click('add-defendant-org')
    expect(document.querySelector('#party-1 .party__head')?.textContent).toContain('被告（单位）')
    expect(document.getElementById('field-p1-idNumber')).toBeNull()
    type('field-p1-name', '额尔古纳市丰收农机合作社')
    type('field-p1-creditCode', '93150784MA0N1234X5')
    type('field-p1-representative', '刘长河')
    expect(latest().parties[1]).toMatchObject({ type: 'organisation', creditCode: '93150784MA0N1234X5', representative: '刘长河' })
  })

  it('uses the names of an enforcement application, and lets every party but the first be removed', () => {
    const { latest } = renderStep(PartiesStep, { data: filingData({ kind: 'enforcement' }) })
    expect(text()).toContain('＋ 添加被执行人（个人）')
    expect(text()).toContain('＋ 添加申请执行人')
    click('add-third')
    expect(document.querySelector('#party-1 .party__head')?.textContent).toBe('第三人删除')
    expect(document.querySelector('#party-0 .link')).toBeNull()
    fireEvent.click(document.querySelector('#party-1 .link') as HTMLElement)
    expect(latest().parties).toHaveLength(1)
  })

  it('shows each problem under its own field', () => {
    renderStep(PartiesStep, {
      problems: [
        { code: 'X', field: 'parties[0].idNumber', message: '身份证号应该是18位，您填了17位，请核对' },
        { code: 'X', field: 'parties', message: '请至少添加一名被告' },
      ],
    })
    const errors = Array.from(document.querySelectorAll('.field__error')).map((e) => e.textContent)
    expect(errors).toEqual(['身份证号应该是18位，您填了17位，请核对', '请至少添加一名被告'])
  })
})

describe('AgentCard', () => {
  it('adds a lawyer with a licence number, and drops the licence when a relative files instead', () => {
    const { latest } = renderStep(AgentCard)
    expect(document.getElementById('field-agent-name')).toBeNull()
    click('has-agent')
    expect(document.getElementById('agent-lawyer')?.className).toBe('choice choice--on')
    type('field-agent-name', '李春生')
    type('field-agent-idNumber', '150721198507060037')
    type('field-agent-mobile', '13614709876')
    type('field-agent-licenceNo', '11507202010123456')
    expect(latest().agent).toEqual({
      kind: 'lawyer',
      name: '李春生',
      idNumber: '150721198507060037',
      mobile: '13614709876',
      licenceNo: '11507202010123456',
      powerOfAttorneyFileIds: [],
    })
    click('agent-relative')
    expect(document.getElementById('field-agent-licenceNo')).toBeNull()
    expect(latest().agent).toMatchObject({ kind: 'relative', licenceNo: undefined })
    click('has-agent')
    expect(latest().agent).toBeUndefined()
  })

  it('lists the power of attorney already uploaded, and removes it from the draft when deleted', async () => {
    const data = filingData({
      agent: { kind: 'lawyer', name: '李春生', idNumber: '', mobile: '', licenceNo: '', powerOfAttorneyFileIds: ['file-1'] },
    })
    const { latest } = renderStep(AgentCard, {
      data,
      known: [pdf('file-1', '授权委托书.pdf')],
      problems: [{ code: 'X', field: 'agent.licenceNo', message: '律师执业证号是17位数字' }],
    })
    expect(text()).toContain('授权委托书.pdf')
    expect(text()).toContain('律师执业证号是17位数字')
    await act(async () => fireEvent.click(document.querySelector('.uploader__file .link') as HTMLElement))
    expect(latest().agent?.powerOfAttorneyFileIds).toEqual([])
  })
})
