/**
 * Ed25519 private keys (base64 PKCS#8 DER, as `openssl genpkey -algorithm ed25519 -outform DER | base64`
 * prints them) for tests that configure the 电子送达 signing key: production starts, key rotation.
 * Published here, so good for nothing else.
 */
export const TEST_SIGNING_KEY = 'MC4CAQAwBQYDK2VwBCIEIJEy7QFUbvHhD5E8JVmhipPBC1R1qHzffPkKPQNM3nL6'
export const TEST_SIGNING_KEY_2 = 'MC4CAQAwBQYDK2VwBCIEIKXsgmkS6Roi8upexIQFLRUeBH/cf8YfAqXsoBqltqto'
