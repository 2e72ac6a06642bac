import { act, render, waitFor } from '@testing-library/react'
import type { Proof, ServiceDocument } from '../../../../src/api/service'
import ServiceCase from '../../../../src/subpackages/judge/pages/service/case/index'
import DocumentReader from '../../../../src/subpackages/service/pages/document/index'
import { click, fakeServer, text } from '../../fakeServer'
import { routerParams } from '../../stubs/taro'

const receipt = {
  seq: 9,
  hash: 'db758724'.padEnd(64, '0'),
  keyId: 'eeed4867a2135068',
  signature: 'd229'.padEnd(128, '0'),
  signedAt: '2026-11-26T10:01:00.000+08:00',
  code: '9-DB758724-D229',
}
const doc: ServiceDocument = {
  id: 'd-1',
  caseId: 'f-1',
  caseNumber: '（2026）内0784民初1号',
  kind: 'evidence-notice',
  kindName: '举证通知书',
  title: '举证通知书',
  method: 'electronic',
  recipient: { idx: 1, name: '王建国', side: 'defendant' },
  issuedAt: '2026-11-25T09:00:00.000+08:00',
  deliveredAt: '2026-11-25T09:00:00.000+08:00',
  deliveredChannel: 'app',
  openedAt: '2026-11-26T10:00:00.000+08:00',
  signedAt: '2026-11-26T10:01:00.000+08:00',
  paperService: null,
  publicNotice: null,
  servedOn: null,
  deadline: null,
  abroad: false,
  finalJudgment: false,
  state: 'signed',
  flagged: false,
  daysUnread: null,
  contentSha256: 'ab'.repeat(32),
  content: {
    title: '举证通知书',
    caseNumber: '（2026）内0784民初1号',
    addressee: '王建国',
    paragraphs: ['请在期限内举证。'],
    items: [],
    court: '额尔古纳市人民法院',
    dateLine: '二〇二六年十一月二十五日',
  },
  hearing: null,
  file: null,
  canSign: false,
  receipt,
}

afterEach(() => delete routerParams.id)

describe('the party’s receipt on the document page', () => {
  it('shows the 送达凭证编号 with a plain Chinese label and no English', async () => {
    routerParams.id = 'd-1'
    fakeServer((req) => (req.path === '/service/documents/d-1' ? { body: doc } : undefined))
    render(<DocumentReader />)
    await waitFor(() => expect(document.getElementById('doc-receipt')).not.toBeNull())
    const shown = document.getElementById('doc-receipt')!.textContent ?? ''
    expect(shown).toContain('送达凭证编号：9-DB758724-D229')
    expect(shown).toContain('签收后的送达记录已由法院电子签名')
    expect(shown.replace('9-DB758724-D229', '')).not.toMatch(/[A-Za-z]/)
  })

  it('shows none for a receipt stored unsigned', async () => {
    routerParams.id = 'd-1'
    fakeServer((req) => (req.path === '/service/documents/d-1' ? { body: { ...doc, receipt: null } } : undefined))
    render(<DocumentReader />)
    await waitFor(() => expect(text()).toContain('举证通知书'))
    expect(document.getElementById('doc-receipt')).toBeNull()
  })
})

describe('the proof on the judge’s case page', () => {
  const status = { caseId: 'f-1', caseNumber: '（2026）内0784民初1号', procedure: 'simple', parties: [], documents: [doc], rooms: [], sms: [] }
  const proof = (over: Partial<Proof>): Proof => ({
    caseId: 'f-1',
    caseNumber: '（2026）内0784民初1号',
    verified: true,
    chain: { ok: true, length: 9, head: receipt.hash, brokenAt: null },
    signedHead: { ...receipt, ok: true },
    checkpoint: { seq: 9, lines: 9, ok: true },
    failures: [],
    documents: [],
    events: [],
    ...over,
  })

  const openWith = async (p: Proof) => {
    routerParams.id = 'f-1'
    fakeServer((req) => (req.path === '/service/cases/f-1' ? { body: status } : req.path === '/service/f-1/proof' ? { body: p } : undefined))
    render(<ServiceCase />)
    await waitFor(() => expect(document.getElementById('proof-btn')).not.toBeNull())
    expect(document.getElementById('receipt-d-1')?.textContent).toBe('送达凭证编号：9-DB758724-D229')
    await act(async () => click('proof-btn'))
    await waitFor(() => expect(document.getElementById('proof-result')).not.toBeNull())
    return document.getElementById('proof-result')!.textContent ?? ''
  }

  it('says the record holds against the signatures and the checkpoint', async () => {
    expect(await openWith(proof({}))).toBe('校验通过：共9条送达记录，环环相扣，与法院的电子签名和院外留存的校验记录一致，没有被改动')
  })

  it('names what failed, the first three findings and how many more', async () => {
    const f = (seq: number) => ({
      code: 'missing' as const,
      where: 'event' as const,
      seq,
      documentId: 'd-1',
      message: `第${seq}条记录（签收）已从数据库中删除`,
    })
    const shown = await openWith(proof({ verified: false, failures: [f(7), f(8), f(9), { ...f(10), message: '法院签名的最新记录摘要与现存记录对不上' }] }))
    expect(shown).toBe('校验未通过：第7条记录（签收）已从数据库中删除；第8条记录（签收）已从数据库中删除；第9条记录（签收）已从数据库中删除；另有1处问题')
  })
})
