import { loadConfig } from '../../server/config'
import { DEV_JWT_SECRET } from '../../server/auth/secrets'
import { TEST_SIGNING_KEY } from './signingKeys'

const SECRET = 'q3V9mZ0rT7wK2pL8xB5nC1fH6jD4sA0gY7uE3iO9tRk='
const production = { NODE_ENV: 'production', JWT_SECRET: SECRET, WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', SERVICE_SIGNING_KEY: TEST_SIGNING_KEY }

describe('NODE_ENV', () => {
  it.each([
    ['unset', undefined, 'development'],
    ['empty', '', 'development'],
    ['development', 'development', 'development'],
    ['test', 'test', 'test'],
  ])('%s runs as %s', (_label, value, expected) => {
    expect(loadConfig({ NODE_ENV: value }).nodeEnv).toBe(expected)
  })

  it.each([
    ['a short form', 'prod'],
    ['a trailing space', 'production '],
    ['capitals', 'Production'],
    ['another word', 'staging'],
  ])('refuses %s ("%s") with a clear message instead of running as development', (_label, value) => {
    expect(() => loadConfig({ ...production, NODE_ENV: value })).toThrow(`NODE_ENV must be one of development, test, production, got "${value}"`)
  })
})

describe('the signing secret in production', () => {
  it.each([
    ['missing', undefined, /JWT_SECRET is required/],
    ['the development value', DEV_JWT_SECRET, /development value/],
    ['the development value with more after it', `${DEV_JWT_SECRET}-prod`, /development value/],
    ['all one character', 'x'.repeat(40), /only 1 different characters/],
    ['a short alphabet', 'abab'.repeat(12), /only 2 different characters/],
    ['one piece repeated', '0123456789'.repeat(4), /repeats one short piece|neighbouring/],
    ['a keyboard walk', 'abcdefghijklmnopqrstuvwxyz0123456789', /neighbouring characters/],
    ['too short', 'q3V9mZ0rT7wK2pL8', /16 characters long/],
    ['16 random bytes in hex', '9f86d081884c7d659a2feaa0c55ad015', /not look random enough/],
  ])('refuses a secret that is %s', (_label, secret, message) => {
    expect(() => loadConfig({ ...production, JWT_SECRET: secret })).toThrow(message)
  })

  it.each([
    ['32 random bytes in base64', SECRET],
    ['32 random bytes in hex', '4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce'],
  ])('accepts %s', (_label, secret) => {
    expect(loadConfig({ ...production, JWT_SECRET: secret }).jwtSecret).toBe(secret)
  })
})

describe('demo data and API docs', () => {
  it.each([
    ['development', {}, true, true],
    ['test', { NODE_ENV: 'test' }, true, true],
    ['development, turned off', { SEED_DEMO: '0', API_DOCS: '0' }, false, false],
    ['production', production, false, false],
    ['production, docs asked for', { ...production, API_DOCS: '1' }, false, true],
    ['production, demo explicitly off', { ...production, SEED_DEMO: '0' }, false, false],
  ])('%s: demo seed %s, docs %s', (_label, env, seedDemo, apiDocs) => {
    expect(loadConfig(env)).toMatchObject({ seedDemo, apiDocs })
  })

  it('refuses to start production with the demo seed, whose password is published', () => {
    expect(() => loadConfig({ ...production, SEED_DEMO: '1' })).toThrow(/SEED_DEMO=1 is refused in production/)
  })

  it.each(['yes', 'true', ' 1'])('refuses a switch that is neither 0 nor 1 ("%s")', (value) => {
    expect(() => loadConfig({ SEED_DEMO: value })).toThrow(`SEED_DEMO must be 0 or 1, got "${value}"`)
  })
})

describe('TRUST_PROXY', () => {
  it.each([
    ['unset', undefined, false],
    ['0', '0', false],
    ['one proxy in front', '1', 1],
    ['two proxies', '2', 2],
    ['addresses', '10.0.0.0/8, 127.0.0.1', '10.0.0.0/8,127.0.0.1'],
    ['a named range', 'loopback', 'loopback'],
  ])('%s → %s', (_label, value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected)
  })

  it.each(['true', 'yes', 'nginx'])('refuses "%s", which would trust any address', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY must be the number of proxies/)
  })
})
