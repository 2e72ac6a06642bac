import type { FilingParty } from '../../../domain/filing/types'
import { namedParties } from '../../../server/services/cases/namedParties'
import { submittedFiling, wheatSaleComplaint } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'

const person = (over: Partial<FilingParty> = {}): FilingParty =>
  ({ side: 'defendant', type: 'person', name: '王建国', idNumber: '150784197209150019', mobile: '13847005678', address: '三河回族乡', ...over }) as FilingParty
const company: FilingParty = {
  side: 'defendant',
  type: 'organisation',
  name: ' 额尔古纳市粮食收储公司 ',
  creditCode: '91150784ma0n1x2y3z',
  representative: '赵经理',
  mobile: '',
  address: '拉布大林',
}

describe('namedParties', () => {
  it.each([
    { label: 'a person by resident ID', party: person(), key: { side: 'defendant', name: '王建国', id_key: '150784197209150019', mobile: '13847005678' } },
    { label: 'an ID ending in x is the same person as in X', party: person({ idNumber: ' 15078419720915001x ' }), key: { id_key: '15078419720915001X' } },
    { label: 'an organisation by its credit code, upper-cased', party: company, key: { name: '额尔古纳市粮食收储公司', id_key: '91150784MA0N1X2Y3Z' } },
    { label: 'no mobile is null', party: company, key: { mobile: null } },
  ])('$label', ({ party, key }) => {
    expect(namedParties(wheatSaleComplaint({ parties: [party] }))[0]).toMatchObject(key)
  })

  describe('against the stored lists', () => {
    let t: TestApp
    beforeAll(async () => {
      t = await makeApp()
    }, 60_000)
    afterAll(() => t.close())

    it('names the same parties as the lists written when the filing was submitted', async () => {
      const f = await submittedFiling(t)
      const stored = await t.app.store.db
        .selectFrom('filing_parties')
        .select(['side', 'name', 'id_key', 'mobile'])
        .where('filing_id', '=', f.id)
        .orderBy('idx')
        .execute()
      const row = await t.app.services.cases.load(f.id)
      expect(namedParties(t.app.services.cases.record(row).data)).toEqual(stored)
    })
  })
})
