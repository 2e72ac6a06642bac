import { render, waitFor } from '@testing-library/react'
import { quoteFilingFee } from '@domain/filing/filingFee'
import type { FilingView } from '../../../../src/api/filings'
import Receipt from '../../../../src/subpackages/filing/pages/receipt/index'
import { fakeServer } from '../../fakeServer'
import { routerParams } from '../../stubs/taro'
import { filingData, filingView } from './fixtures'

/** A submitted filing whose fee the server worked out from its data, as it does on submit. */
function submitted(over: Parameters<typeof filingData>[0]): FilingView {
  const data = filingData(over)
  return filingView({ status: 'submitted', filingNumber: 'LA20261202-00a1b2', kind: data.kind, data, fee: quoteFilingFee(data) })
}

async function openReceipt(view: FilingView) {
  routerParams.id = view.id
  fakeServer((req) => (req.method === 'GET' && req.path === `/filings/${view.id}` ? { body: view } : undefined))
  render(<Receipt />)
  await waitFor(() => expect(document.getElementById('filing-number')?.textContent).toBe('LA20261202-00a1b2'))
  return document.getElementById('receipt-fee')?.textContent
}
afterAll(() => delete routerParams.id)

describe('receipt', () => {
  it('says a claim for unpaid wages is 10元 and need not be prepaid, and why', async () => {
    const fee = await openReceipt(submitted({ cause: '追索劳动报酬纠纷', procedure: 'ordinary', claims: [{ text: '支付拖欠的工资', amountFen: 8_000_000 }] }))
    expect(fee).toContain('预计诉讼费：10元。')
    expect(document.getElementById('receipt-prepay')?.textContent).toBe(
      '这类案件可以先不交诉讼费讨要被拖欠的工资（追索劳动报酬）的案件，起诉时不用预交，案件审完后由法院决定由谁负担。依据：《诉讼费用交纳办法》第二十条第一款',
    )
    expect(fee).not.toContain('法院会通知您交纳')
  })

  it('shows a divorce fee as a range, to be paid when the court says', async () => {
    const fee = await openReceipt(submitted({ cause: '离婚纠纷', procedure: 'ordinary', claims: [{ text: '分割共同财产', amountFen: 30_000_000 }] }))
    expect(fee).toBe('预计诉讼费：550元至800元，立案后法院会通知您交纳。')
    expect(document.getElementById('receipt-prepay')).toBeNull()
  })

  it('says an enforcement fee is paid after enforcement', async () => {
    await openReceipt(submitted({ kind: 'enforcement', claims: [{ text: '执行货款', amountFen: 10_000_000 }] }))
    expect(document.getElementById('receipt-prepay')?.textContent).toContain('执行申请费在执行后交纳。')
  })
})
