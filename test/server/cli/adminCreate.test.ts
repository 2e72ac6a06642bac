import { Readable, Writable } from 'node:stream'
import { adminCreate } from '../../../server/cli/adminCreate'
import { makeApp, freshStore, type TestApp } from '../helpers'
import { TEST_SIGNING_KEY } from '../signingKeys'

const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'q3V9mZ0rT7wK2pL8xB5nC1fH6jD4sA0gY7uE3iO9tRk=',
  WECHAT_APPID: 'wx1',
  WECHAT_SECRET: 's',
  SERVICE_SIGNING_KEY: TEST_SIGNING_KEY,
  AUTH_DEV_LOGIN: '0',
  LOG_LEVEL: 'silent',
}

function io(input: string) {
  let err = ''
  const stderr = new Writable({
    write(chunk, _enc, done) {
      err += chunk.toString()
      done()
    },
  })
  return { io: { stdin: Readable.from([input]), stderr, env: {} }, err: () => err }
}

describe('npm run admin:create', () => {
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeAll(async () => {
    store = await freshStore()
  }, 30_000)
  afterAll(async () => store.drop())

  it('creates a court admin on a fresh database with the password from stdin, who can then sign in', async () => {
    const run = io('Gr4ssl&nd-2026\n')
    expect(await adminCreate(['--court', '内0784', '--account', 'admin.li', '--name', '李明（管理员）'], run.io, { store })).toBe(0)
    expect(run.err()).toContain('已创建额尔古纳市人民法院的管理员账号 admin.li')
    const row = await store.db.selectFrom('users').selectAll().where('account', '=', 'admin.li').executeTakeFirstOrThrow()
    expect(row).toMatchObject({ role: 'admin', court_id: 'c-ergun', display_name: '李明（管理员）', demo: 0 })
    expect(row.password_hash).toMatch(/^scrypt\$/)
    expect(row.password_hash).not.toContain('Gr4ssl&nd-2026')

    // The production server on the same database: the new admin signs in, nobody else exists.
    const t: TestApp = await makeApp(production, undefined, store)
    try {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account: 'admin.li', password: 'Gr4ssl&nd-2026' } })
      expect(res.statusCode).toBe(200)
      expect(res.json().user).toMatchObject({ role: 'admin', courtId: 'c-ergun' })
    } finally {
      await t.app.close()
    }
  }, 30_000)

  it.each([
    ['no court', ['--account', 'admin.x'], 'Gr4ssl&nd-2026\n', 2, '请给出法院代码和账号'],
    ['an unknown court', ['--court', '京01', '--account', 'admin.x'], 'Gr4ssl&nd-2026\n', 1, '没有代码为 京01 的法院'],
    ['an account that exists', ['--court', '内0784', '--account', 'admin.li'], 'Gr4ssl&nd-2026\n', 1, '账号 admin.li 已经存在'],
    ['a weak password', ['--court', '内0784', '--account', 'admin.y'], 'demo1234\n', 1, '这个密码太常见'],
    ['a short password', ['--court', '内0784', '--account', 'admin.y'], 'ab1\n', 1, '密码至少需要8位'],
    ['no password at all', ['--court', '内0784', '--account', 'admin.y'], '', 1, '密码至少需要8位'],
    ['a password on the command line', ['--court', '内0784', '--account', 'admin.y', '--password', 'x'], '', 2, "Unknown option '--password'"],
  ])('refuses %s', async (_label, argv, input, code, message) => {
    const run = io(input)
    expect(await adminCreate(argv, run.io, { store })).toBe(code)
    expect(run.err()).toContain(message)
    expect(await store.db.selectFrom('users').select('id').where('account', '=', 'admin.y').executeTakeFirst()).toBeUndefined()
  })
})
