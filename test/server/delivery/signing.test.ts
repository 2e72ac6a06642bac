import { generateKeyPairSync } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../../server/config'
import { keyIdOf, keyRing, loadKeyRing, parsePrivateKey, parsePublicKey, splitKeyList } from '../../../server/signing'
import { TEST_SIGNING_KEY, TEST_SIGNING_KEY_2 } from '../signingKeys'

const SECRET = 'q3V9mZ0rT7wK2pL8xB5nC1fH6jD4sA0gY7uE3iO9tRk='
const production = { NODE_ENV: 'production', JWT_SECRET: SECRET, WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-signing-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const pemOf = (b64: string) => `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`
const publicB64 = (b64: string) => parsePublicKey(b64).export({ type: 'spki', format: 'der' }).toString('base64')
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()

describe('the 电子送达 signing key in production', () => {
  it('refuses to start without one, and says how to make one', () => {
    expect(() => loadConfig(production)).toThrow(
      /SERVICE_SIGNING_KEY or SERVICE_SIGNING_KEY_FILE is required in production.*openssl genpkey -algorithm ed25519/,
    )
  })

  it.each([
    { label: 'text that is no key', env: { SERVICE_SIGNING_KEY: 'not a key' }, message: /SERVICE_SIGNING_KEY is not an Ed25519 private key/ },
    { label: 'an RSA key', env: { SERVICE_SIGNING_KEY: rsa }, message: /not an Ed25519 private key \(is an rsa key/ },
    { label: 'a public key where the private one belongs', env: { SERVICE_SIGNING_KEY: publicB64(TEST_SIGNING_KEY) }, message: /not an Ed25519 private key/ },
    { label: 'a key file that does not exist', env: { SERVICE_SIGNING_KEY_FILE: path.join(dir, 'nope.pem') }, message: /nope\.pem does not exist/ },
    {
      label: 'both a key and a key file',
      env: { SERVICE_SIGNING_KEY: TEST_SIGNING_KEY, SERVICE_SIGNING_KEY_FILE: path.join(dir, 'x.pem') },
      message: /not both/,
    },
    {
      label: 'an earlier key that is no key',
      env: { SERVICE_SIGNING_KEY: TEST_SIGNING_KEY, SERVICE_VERIFY_KEYS: 'abc!' },
      message: /SERVICE_VERIFY_KEYS entry 1/,
    },
  ])('refuses $label', ({ env, message }) => {
    expect(() => loadConfig({ ...production, ...env })).toThrow(message)
  })

  it.each([
    { label: 'base64 PKCS#8 DER inline', env: () => ({ SERVICE_SIGNING_KEY: TEST_SIGNING_KEY }) },
    { label: 'PEM inline', env: () => ({ SERVICE_SIGNING_KEY: pemOf(TEST_SIGNING_KEY) }) },
    {
      label: 'a PEM key file',
      env: () => {
        const file = path.join(dir, 'prod.pem')
        fs.writeFileSync(file, pemOf(TEST_SIGNING_KEY), { mode: 0o600 })
        return { SERVICE_SIGNING_KEY_FILE: file }
      },
    },
  ])('takes $label, and signs with it', ({ env }) => {
    const config = loadConfig({ ...production, ...env() })
    expect(config.serviceSigning.keyFile).toBeNull()
    expect(loadKeyRing(config.serviceSigning).keyId).toBe(keyIdOf(parsePublicKey(TEST_SIGNING_KEY)))
  })
})

describe('where the key and the checkpoint live by default', () => {
  it.each([
    { label: 'development', env: { NODE_ENV: 'development' }, keyFile: /data\/service-signing-key\.pem$/, checkpoint: /data\/checkpoints$/ },
    { label: 'test', env: { NODE_ENV: 'test' }, keyFile: null, checkpoint: null },
    { label: 'test with CHECKPOINT_DIR', env: { NODE_ENV: 'test', CHECKPOINT_DIR: '/srv/heads' }, keyFile: null, checkpoint: /^\/srv\/heads$/ },
  ])('$label', ({ env, keyFile, checkpoint }) => {
    const config = loadConfig(env)
    if (keyFile) expect(config.serviceSigning.keyFile).toMatch(keyFile)
    else expect(config.serviceSigning.keyFile).toBeNull()
    if (checkpoint) expect(config.checkpointDir).toMatch(checkpoint)
    else expect(config.checkpointDir).toBeNull()
  })

  it('development makes its key file once (readable by this user only) and keeps using it', () => {
    const file = path.join(dir, 'dev', 'service-signing-key.pem')
    const config = loadConfig({ NODE_ENV: 'development', SERVICE_SIGNING_KEY_FILE: file })
    expect(config.serviceSigning).toEqual({ key: null, keyFile: file, verifyKeys: [] })
    const first = loadKeyRing(config.serviceSigning)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(loadKeyRing(config.serviceSigning).keyId).toBe(first.keyId)
    // Once written, the file is the configured key like any other.
    expect(loadConfig({ NODE_ENV: 'development', SERVICE_SIGNING_KEY_FILE: file }).serviceSigning.key).toContain('BEGIN PRIVATE KEY')
  })

  it('tests share one key per process', () => {
    const cfg = loadConfig({ NODE_ENV: 'test' }).serviceSigning
    expect(loadKeyRing(cfg).keyId).toBe(loadKeyRing(cfg).keyId)
  })
})

describe('the key ring', () => {
  const current = parsePrivateKey(TEST_SIGNING_KEY_2)
  const earlier = parsePublicKey(TEST_SIGNING_KEY)
  const ring = keyRing(current, [earlier])
  const old = keyRing(parsePrivateKey(TEST_SIGNING_KEY))

  it('names a key by the hash of its public half', () => {
    expect(ring.keyId).toMatch(/^[0-9a-f]{16}$/)
    expect(ring.keyId).toBe(keyIdOf(parsePublicKey(TEST_SIGNING_KEY_2)))
    expect(ring.keyId).not.toBe(old.keyId)
  })

  it.each([
    { label: 'the current key’s signature', signed: () => ring.sign('head'), text: 'head', result: 'ok' },
    { label: 'an earlier key’s signature', signed: () => old.sign('head'), text: 'head', result: 'ok' },
    { label: 'another text', signed: () => ring.sign('head'), text: 'head ', result: 'bad' },
    { label: 'a key nobody configured', signed: () => keyRing(generateKeyPairSync('ed25519').privateKey).sign('head'), text: 'head', result: 'unknown-key' },
    { label: 'a signature that is not hex', signed: () => ({ keyId: ring.keyId, signature: 'zz'.repeat(64) }), text: 'head', result: 'bad' },
    { label: 'a signature cut short', signed: () => ({ ...ring.sign('head'), signature: ring.sign('head').signature.slice(2) }), text: 'head', result: 'bad' },
  ])('verifies $label: $result', ({ signed, text, result }) => {
    const s = signed()
    expect(ring.verify(s.keyId, text, s.signature)).toBe(result)
  })

  it('lists the current key first and earlier ones verify-only, once each', () => {
    const both = keyRing(current, [earlier, parsePublicKey(TEST_SIGNING_KEY_2), earlier])
    expect(both.publicKeys().map((k) => [k.keyId, k.current])).toEqual([
      [ring.keyId, true],
      [old.keyId, false],
    ])
    expect(both.publicKeys()[0].publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/)
  })

  it('reads a list of earlier keys in PEM and base64, separated by commas or space', () => {
    const pem = String(earlier.export({ type: 'spki', format: 'pem' }))
    expect(splitKeyList(`${pem}, ${publicB64(TEST_SIGNING_KEY_2)} ${TEST_SIGNING_KEY}`)).toEqual([pem.trim(), publicB64(TEST_SIGNING_KEY_2), TEST_SIGNING_KEY])
    expect(splitKeyList(undefined)).toEqual([])
  })
})
