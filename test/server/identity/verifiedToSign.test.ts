import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { defendantConfirms, issue, post, SUMMONS } from '../delivery/helpers'

// Only a verified identity signs for a served document: 王建国 changes his name, so he is back in
// review, then the court rejects his photos; until a clerk verifies him again, the summons
// addressed to his ID number is not his to open or sign, and the case is not his to see.
let t: TestApp
let caseId: string
let docId: string
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(400, 9)])

async function upload(name: string): Promise<string> {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.concat([JPEG, Buffer.from(name)]),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(await t.as('d-wang-jianguo')) },
    payload,
  })
  return res.json().id as string
}
const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: await t.as(who), ...(payload ? { payload } : {}) })

beforeAll(async () => {
  t = await makeApp()
  caseId = (await acceptedCase(t)).id
  await defendantConfirms(t, caseId)
  const res = await issue(t, caseId, SUMMONS)
  if (res.statusCode !== 201) throw new Error(`issue failed: ${res.body}`)
  docId = (await call('d-wang-jianguo', 'GET', '/service/inbox')).json().documents.find((d: { kind: string }) => d.kind === 'summons').id
}, 60_000)
afterAll(async () => t.close())

describe('signing needs a verified identity', () => {
  it('refuses the named party back in review, and after a rejection; lets him sign once verified again', async () => {
    const changed = await call('d-wang-jianguo', 'PUT', '/me/profile', { realName: '王建军', idNumber: '150784197209150019' })
    expect(changed.json()).toMatchObject({ realNameStatus: 'submitted', reviewReason: 'name' })
    expect((await post(t, `/service/documents/${docId}/sign`, 'd-wang-jianguo')).statusCode).toBe(403)
    expect((await call('d-wang-jianguo', 'GET', `/filings/${caseId}`)).statusCode).toBe(403)

    await call('d-wang-jianguo', 'POST', '/me/id-card', { frontFileId: await upload('a.jpg'), backFileId: await upload('b.jpg') })
    const rejected = await call('s-clerk-liu', 'POST', '/identity-reviews/d-wang-jianguo/reject', { reason: '照片上的姓名与填写的不一致' })
    expect(rejected.json().realNameStatus).toBe('rejected')
    expect((await post(t, `/service/documents/${docId}/open`, 'd-wang-jianguo')).statusCode).toBe(403)
    expect((await post(t, `/service/documents/${docId}/sign`, 'd-wang-jianguo')).statusCode).toBe(403)

    // He corrects his name back (resubmitted with the same photos), and the clerk verifies it.
    expect((await call('d-wang-jianguo', 'PUT', '/me/profile', { realName: '王建国', idNumber: '150784197209150019' })).json().realNameStatus).toBe('submitted')
    expect((await call('s-clerk-liu', 'POST', '/identity-reviews/d-wang-jianguo/verify')).json().realNameStatus).toBe('verified')
    expect((await post(t, `/service/documents/${docId}/open`, 'd-wang-jianguo')).statusCode).toBe(200)
    const signed = await post(t, `/service/documents/${docId}/sign`, 'd-wang-jianguo')
    expect(signed.statusCode).toBe(200)
    expect(signed.json()).toMatchObject({ state: 'signed' })
  })
})
