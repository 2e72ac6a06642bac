import fc from 'fast-check'
import { Type } from 'typebox'
import { DAY_PATTERN } from '../../contract/common'
import { addDays } from '../../domain'
import { parseCalendarDay } from '../../domain/dates/parseCalendarDay'
import { closeBodySchema, openSpots } from '../../server/plugins/bodySchema'
import { jsonDepth } from '../../server/plugins/input'
import { fieldPath, validationError, type AjvError } from '../../server/plugins/validationErrors'
import { apiRoutes } from './badInput/routes'
import { makeApp, type TestApp } from './helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 120_000)
afterAll(async () => t.close())

describe('every registered route', () => {
  it('has a body closed to unknown keys and bounded in size at every depth, or takes none', () => {
    const routes = apiRoutes(t.app)
    const withBody = routes.filter((r) => r.body)
    // Walks what the routes validate with (the OpenAPI document is generated from the same schemas), so a new route is covered.
    expect(withBody.length).toBeGreaterThan(25)
    expect(withBody.flatMap((r) => openSpots(r.body).map((spot) => `${r.label} ${spot}`))).toEqual([])
    // GET routes take no body at all (Fastify refuses a body schema on them).
    expect(routes.filter((r) => r.method === 'GET' && r.body)).toEqual([])
  })
})

describe('closeBodySchema', () => {
  const Party = Type.Union([
    Type.Object({ type: Type.Literal('person'), name: Type.String({ title: '姓名', maxLength: 9 }) }),
    Type.Object({ type: Type.Literal('organisation'), code: Type.String({ title: '代码', maxLength: 9 }) }),
  ])
  const schema = Type.Object(
    {
      parties: Type.Array(Party, { title: '当事人', maxItems: 3 }),
      service: Type.Object({ mobile: Type.String({ maxLength: 11 }) }),
      both: Type.Intersect([Type.Object({ a: Type.String({ maxLength: 1 }) }), Type.Object({ b: Type.Optional(Type.String({ maxLength: 1 })) })]),
      map: Type.Object({}, { additionalProperties: Type.Integer() }),
    },
    { title: '材料' },
  )
  const closed = closeBodySchema(schema) as unknown as Record<string, any>

  it.each([
    { label: 'the root', node: closed, want: false },
    { label: 'an object inside an object', node: closed.properties.service, want: false },
    { label: 'each branch of a union', node: closed.properties.parties.items.oneOf[1], want: false },
    { label: 'an intersection, merged into one object', node: closed.properties.both, want: false },
    { label: 'an object that says what its other keys are', node: closed.properties.map, want: { type: 'integer' } },
  ])('closes $label', ({ node, want }) => {
    expect(node.additionalProperties).toEqual(want === false ? false : expect.objectContaining(want))
  })

  it('merges an intersection into one object, keeping every key and requirement', () => {
    expect(closed.properties.both).toMatchObject({ type: 'object', required: ['a'], properties: { a: { maxLength: 1 }, b: { maxLength: 1 } } })
    expect(closed.properties.both.allOf).toBeUndefined()
  })

  it('turns a union told apart by a literal into a discriminated oneOf', () => {
    expect(closed.properties.parties.items).toMatchObject({ type: 'object', discriminator: { propertyName: 'type' } })
    expect(closed.properties.parties.items.oneOf).toHaveLength(2)
    expect(closed.properties.parties.items.additionalProperties).toBeUndefined()
  })

  it('gives a node without a title its nearest ancestor’s, and keeps its own', () => {
    expect(closed.properties.service.properties.mobile.title).toBe('材料')
    expect(closed.properties.parties.items.oneOf[0].properties.type.title).toBe('当事人')
    expect(closed.properties.parties.items.oneOf[0].properties.name.title).toBe('姓名')
  })

  it('leaves the contract’s own schema as it was (replies share it)', () => {
    expect((schema as unknown as Record<string, unknown>).additionalProperties).toBeUndefined()
    expect((schema.properties.service as unknown as Record<string, unknown>).additionalProperties).toBeUndefined()
  })

  it('finds what is still open or unbounded', () => {
    const open = { type: 'object', properties: { s: { type: 'string' }, a: { type: 'array', items: {} }, e: { type: 'string', enum: ['x'] } } }
    expect(openSpots(open)).toEqual([
      '(body): object open to unknown keys',
      '(body).s: string without maxLength',
      '(body).a: array without maxItems',
      '(body).a[]: accepts anything',
    ])
    expect(openSpots(closeBodySchema({ type: 'object', properties: { s: { type: 'string', maxLength: 2 } } }))).toEqual([])
  })
})

describe('the Day pattern', () => {
  const day = new RegExp(DAY_PATTERN)
  const isRealDay = (s: string) => {
    try {
      parseCalendarDay(s)
      return true
    } catch {
      return false
    }
  }

  it.each([
    { label: 'an ordinary day', s: '2026-10-08', ok: true },
    { label: 'a leap day', s: '2028-02-29', ok: true },
    { label: 'the leap day of 2000', s: '2000-02-29', ok: true },
    { label: 'February 30', s: '2026-02-30', ok: false },
    { label: 'February 29 of a common year', s: '2026-02-29', ok: false },
    { label: 'April 31', s: '2026-04-31', ok: false },
    { label: 'month 13', s: '2026-13-01', ok: false },
    { label: 'day 0', s: '2026-01-00', ok: false },
    { label: 'year 9999', s: '9999-12-31', ok: false },
    { label: 'year 1999', s: '1999-12-31', ok: false },
    { label: 'year 2100', s: '2100-01-01', ok: false },
    { label: 'no zero padding', s: '2026-1-8', ok: false },
    { label: 'with a time', s: '2026-10-08T00:00', ok: false },
    { label: 'a trailing newline', s: '2026-10-08\n', ok: false },
  ])('$label → $ok', ({ s, ok }) => {
    expect(day.test(s)).toBe(ok)
  })

  it('admits exactly the days of 2000–2099 that the domain calls real', () => {
    const anyDay = fc.integer({ min: 0, max: 36_524 }).map((n) => addDays('2000-01-01', n))
    fc.assert(fc.property(anyDay, (s) => expect(day.test(s)).toBe(true)))
    const shaped = fc
      .tuple(fc.integer({ min: 1990, max: 2110 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    fc.assert(fc.property(shaped, (s) => expect(day.test(s)).toBe(isRealDay(s) && s >= '2000' && s < '2100')))
  })
})

describe('how deep JSON nests', () => {
  it.each([
    { label: 'a flat object', text: '{"a":1}', want: 1 },
    { label: 'a list in an object', text: '{"a":[1,{"b":2}]}', want: 3 },
    { label: 'brackets inside a string', text: '{"a":"[[[{{{"}', want: 1 },
    { label: 'an escaped quote inside a string', text: '{"a":"\\"[["}', want: 1 },
    { label: 'a number', text: '7', want: 0 },
  ])('$label → $want', ({ text, want }) => {
    expect(jsonDepth(text, 100)).toBe(want)
  })

  it('stops counting once past the limit', () => {
    expect(jsonDepth('['.repeat(1_000_000), 16)).toBe(17)
  })
})

describe('validation errors', () => {
  const err = (e: Partial<AjvError>): AjvError => ({ keyword: 'type', instancePath: '', params: {}, ...e })

  it.each([
    { label: 'an array index', path: '/parties/1/idNumber', child: undefined, want: 'parties[1].idNumber' },
    { label: 'a missing key', path: '/service', child: 'mobile', want: 'service.mobile' },
    { label: 'a key with a slash', path: '/a~1b', child: undefined, want: 'a/b' },
    { label: 'a very long unknown key', path: '', child: 'k'.repeat(500), want: `${'k'.repeat(200)}…` },
  ])('writes the path of $label', ({ path, child, want }) => {
    expect(fieldPath(path, child)).toBe(want)
  })

  it.each([
    {
      label: 'an unknown key, by its own path',
      errors: [err({ keyword: 'additionalProperties', instancePath: '/service', params: { additionalProperty: 'evil' }, parentSchema: { title: '送达' } })],
      want: { code: 'INVALID_INPUT', field: 'service.evil', message: '送达里有不认识的项目，请去掉后重新提交' },
    },
    {
      label: 'null where a value is needed',
      errors: [err({ instancePath: '/claims/0/amountFen', data: null, parentSchema: { title: '请求金额' } })],
      want: { code: 'INVALID_INPUT', field: 'claims[0].amountFen', message: '请求金额不能为空，请填写' },
    },
    {
      label: 'a Nullable of the wrong type, past its null branch',
      errors: [
        err({ instancePath: '/region', data: 5, parentSchema: { title: '地区' } }),
        err({ instancePath: '/region', data: 5, params: { type: 'null' } }),
        err({ keyword: 'anyOf', instancePath: '/region' }),
      ],
      want: { code: 'INVALID_INPUT', field: 'region', message: '地区的格式不对，请核对后重新填写' },
    },
    {
      label: 'a union with an unknown kind',
      errors: [err({ keyword: 'discriminator', instancePath: '/parties/0', params: { tag: 'type', tagValue: 'alien' }, parentSchema: { title: '当事人' } })],
      want: { code: 'INVALID_INPUT', field: 'parties[0].type', message: '当事人的选项无效，请重新选择' },
    },
    {
      label: 'a day that does not exist',
      errors: [err({ keyword: 'pattern', instancePath: '/date', schema: DAY_PATTERN, data: '2026-02-30', parentSchema: { title: '开庭日期' } })],
      want: { code: 'DATE_INVALID', field: 'date', message: '没有这一天：2026-02-30，请核对开庭日期' },
    },
    {
      label: 'a day out of range',
      errors: [err({ keyword: 'pattern', instancePath: '/date', schema: DAY_PATTERN, data: '9999-12-31', parentSchema: { title: '开庭日期' } })],
      want: { code: 'DATE_INVALID', field: 'date', message: '开庭日期请选择2000年到2099年之间的日期' },
    },
    {
      label: 'a field without any title',
      errors: [err({ instancePath: '/x' })],
      want: { code: 'INVALID_INPUT', field: 'x', message: '填写的内容的格式不对，请核对后重新填写' },
    },
  ])('reports $label', ({ errors, want }) => {
    expect(validationError(errors)).toEqual(want)
  })
})
