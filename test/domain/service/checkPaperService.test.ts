import type { ServiceDocumentKind } from '../../../domain/service/documentKinds'
import { checkPaperService, type PaperServiceInput } from '../../../domain/service/checkPaperService'

const at: { kind: ServiceDocumentKind; issuedOn: string; today: string } = { kind: 'summons', issuedOn: '2026-11-20', today: '2026-11-25' }
const codes = (input: PaperServiceInput, where = at) => {
  const r = checkPaperService(input, where)
  return r.ok ? [] : r.problems.map((p) => `${p.code}@${p.field}`)
}

describe('checkPaperService', () => {
  it('serves a direct service on the day the 送达回证 was signed', () => {
    expect(checkPaperService({ mode: 'direct', happenedOn: '2026-11-24', receiptFileId: 'f-1', emsNumber: 'x' }, at)).toEqual({
      ok: true,
      record: { mode: 'direct', happenedOn: '2026-11-24', servedOn: '2026-11-24', receiptFileId: 'f-1', emsNumber: null, witnesses: [], recordFileId: null },
    })
  })

  it('serves a postal service on the day signed for, with the EMS number in its printed form', () => {
    const r = checkPaperService({ mode: 'postal', happenedOn: '2026-11-20', servedOn: '2026-11-23', emsNumber: 'ee123456785cn' }, at)
    expect(r).toMatchObject({ ok: true, record: { servedOn: '2026-11-23', emsNumber: 'EE123456785CN', receiptFileId: null } })
  })

  it('serves a 留置送达 on the day the document was left, with witnesses or a recording', () => {
    const r = checkPaperService({ mode: 'left', happenedOn: '2026-11-21', witnesses: [' 村委会 李主任 ', ''], receiptFileId: 'ignored' }, at)
    expect(r).toMatchObject({ ok: true, record: { servedOn: '2026-11-21', witnesses: ['村委会 李主任'], receiptFileId: null } })
    expect(checkPaperService({ mode: 'left', happenedOn: '2026-11-21', recordFileId: 'v-1' }, at)).toMatchObject({ ok: true, record: { recordFileId: 'v-1' } })
  })

  it('refuses a day in the future, before the document was issued, or that does not exist', () => {
    expect(codes({ mode: 'direct', happenedOn: '2026-11-26', receiptFileId: 'f' })).toEqual(['SERVICE_PAPER_DATE_FUTURE@happenedOn'])
    expect(codes({ mode: 'direct', happenedOn: '2026-11-19', receiptFileId: 'f' })).toEqual(['SERVICE_PAPER_DATE_BEFORE_ISSUE@happenedOn'])
    expect(codes({ mode: 'direct', happenedOn: '2026-02-30', receiptFileId: 'f' })).toEqual(['SERVICE_PAPER_DATE_INVALID@happenedOn'])
  })

  it('asks each mode for its proof', () => {
    expect(codes({ mode: 'direct', happenedOn: '2026-11-24' })).toEqual(['SERVICE_PAPER_RECEIPT_REQUIRED@receiptFileId'])
    expect(codes({ mode: 'postal', happenedOn: '2026-11-20' })).toEqual(['SERVICE_PAPER_EMS_REQUIRED@emsNumber', 'SERVICE_PAPER_SIGNED_ON_REQUIRED@servedOn'])
    expect(codes({ mode: 'left', happenedOn: '2026-11-21', witnesses: ['  '] })).toEqual(['SERVICE_PAPER_WITNESS_REQUIRED@witnesses'])
  })

  it('refuses a wrong EMS number and a signed day before posting or after today', () => {
    expect(codes({ mode: 'postal', happenedOn: '2026-11-20', servedOn: '2026-11-21', emsNumber: 'EE123456789CN' })).toEqual([
      'SERVICE_PAPER_EMS_INVALID@emsNumber',
    ])
    expect(codes({ mode: 'postal', happenedOn: '2026-11-22', servedOn: '2026-11-21', emsNumber: '1012345678901' })).toEqual([
      'SERVICE_PAPER_SIGNED_BEFORE_POSTED@servedOn',
    ])
    expect(codes({ mode: 'postal', happenedOn: '2026-11-22', servedOn: '2026-11-30', emsNumber: '1012345678901' })).toEqual([
      'SERVICE_PAPER_DATE_FUTURE@servedOn',
    ])
  })

  it('does not leave a 调解书 at the home', () => {
    expect(codes({ mode: 'left', happenedOn: '2026-11-21', witnesses: ['李明'] }, { ...at, kind: 'mediation' })).toEqual(['SERVICE_PAPER_LEFT_MEDIATION@mode'])
  })

  it('says each problem in Chinese', () => {
    const r = checkPaperService({ mode: 'postal', happenedOn: '2026-11-19', emsNumber: 'bad' }, at)
    expect(r.ok).toBe(false)
    if (!r.ok) for (const p of r.problems) expect(p.message).toMatch(/^[^A-Za-z]*[\u4e00-\u9fa5]/)
  })
})
