import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { SignatureCheck } from '../domain/service/auditChain'

/**
 * Where the key that signs 电子送达 chain heads comes from. The database never holds it: whoever
 * can write to the database can then still not make a receipt the court will vouch for.
 */
export interface SigningConfig {
  /** The current Ed25519 private key: PEM, or base64 of PKCS#8 DER (SERVICE_SIGNING_KEY, or the file SERVICE_SIGNING_KEY_FILE). */
  key: string | null
  /** Development only: the file the server creates (0600) and keeps reusing when no key is configured. */
  keyFile: string | null
  /** Earlier keys, public (or private) in PEM or base64 DER: they verify what they signed and sign nothing new. */
  verifyKeys: string[]
}

const PEM = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g

function der(text: string): Buffer {
  const b64 = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new Error('is neither PEM nor base64')
  return Buffer.from(b64, 'base64')
}

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`is an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`)
  return key
}

/** The private key in `text` (PEM or base64 PKCS#8 DER); throws a short English reason otherwise. */
export function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim()
  try {
    return ed25519(trimmed.startsWith('-----BEGIN') ? createPrivateKey(trimmed) : createPrivateKey({ key: der(trimmed), format: 'der', type: 'pkcs8' }))
  } catch (err) {
    throw new Error(`is not an Ed25519 private key (${(err as Error).message})`)
  }
}

/** The public key in `text`: a public key (PEM or base64 SPKI DER) or a private one whose public half is meant. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim()
  try {
    if (trimmed.startsWith('-----BEGIN')) return ed25519(createPublicKey(trimmed))
    const bytes = der(trimmed)
    try {
      return ed25519(createPublicKey({ key: bytes, format: 'der', type: 'spki' }))
    } catch {
      return ed25519(createPublicKey(createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' })))
    }
  } catch (err) {
    throw new Error(`is not an Ed25519 key (${(err as Error).message})`)
  }
}

/** SERVICE_VERIFY_KEYS as a list: PEM blocks, and base64 keys separated by commas or white space. */
export function splitKeyList(text: string | undefined): string[] {
  if (!text) return []
  const pems = [...text.matchAll(PEM)].map((m) => m[0])
  const rest = text.replace(PEM, ' ').split(/[\s,]+/)
  return [...pems, ...rest.filter((x) => x !== '')]
}

/** A key's id: the start of the SHA-256 of its public key (SPKI DER), so the id names the key and nothing else. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16)
}

/** Signs with the current key; verifies with it and every earlier key still configured. */
export interface KeyRing {
  keyId: string
  /** hex Ed25519 signature of the UTF-8 text, and the id of the key that made it */
  sign(text: string): { keyId: string; signature: string }
  verify: SignatureCheck
  /** the public keys, current first, as PEM */
  publicKeys(): Array<{ keyId: string; publicKey: string; current: boolean }>
}

export function keyRing(current: KeyObject, earlier: KeyObject[] = []): KeyRing {
  const currentPublic = createPublicKey(current)
  const keyId = keyIdOf(currentPublic)
  const publics = new Map<string, KeyObject>([[keyId, currentPublic]])
  for (const k of earlier) if (!publics.has(keyIdOf(k))) publics.set(keyIdOf(k), k)
  return {
    keyId,
    sign: (text) => ({ keyId, signature: sign(null, Buffer.from(text, 'utf8'), current).toString('hex') }),
    verify: (id, text, signature) => {
      const key = publics.get(id)
      if (!key) return 'unknown-key'
      if (!/^[0-9a-f]{128}$/.test(signature)) return 'bad'
      return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'hex')) ? 'ok' : 'bad'
    },
    publicKeys: () => [...publics].map(([id, k]) => ({ keyId: id, publicKey: String(k.export({ type: 'spki', format: 'pem' })), current: id === keyId })),
  }
}

/** Development's key: read from its file, or made once and written there, readable by this user only. */
function devKey(file: string): KeyObject {
  if (!fs.existsSync(file)) {
    const pem = String(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    try {
      fs.writeFileSync(file, pem, { flag: 'wx', mode: 0o600 })
    } catch (err) {
      // Another process started at the same moment and wrote it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
  }
  return parsePrivateKey(fs.readFileSync(file, 'utf8'))
}

// Tests without a configured key share one per process, so several apps on one database agree.
let processKey: KeyObject | undefined

/** The key ring the configuration names: the configured key, development's key file, or (tests) a key made for this process. */
export function loadKeyRing(cfg: SigningConfig): KeyRing {
  const current = cfg.key ? parsePrivateKey(cfg.key) : cfg.keyFile ? devKey(cfg.keyFile) : (processKey ??= generateKeyPairSync('ed25519').privateKey)
  return keyRing(current, cfg.verifyKeys.map(parsePublicKey))
}
