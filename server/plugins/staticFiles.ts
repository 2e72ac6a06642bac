import path from 'node:path'
import zlib from 'node:zlib'
import compress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** A file whose name carries its content hash (js/app.1a2b3c4d.js): its bytes never change under that name. */
const HASHED = /\.[0-9a-f]{8,32}\.[a-z0-9]+$/i

/**
 * The cache rule of each H5 file: hashed assets for a year and never revalidated, since a new
 * build gives them new names; everything else (index.html, the service worker sw.js, which
 * must be checked at every start so an update is found) `no-cache`, revalidated every time.
 */
export function cacheControlFor(filePath: string): string {
  const name = path.basename(filePath).replace(/\.(br|gz)$/, '')
  return HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/**
 * The built H5 app: the brotli or gzip copy the build made beside each file when the browser
 * accepts it (config/h5Offline.ts), compressed on the fly for anything without one, and the
 * cache rule above. Registered in its own scope, so API replies are untouched.
 */
export async function staticFiles(app: FastifyInstance, opts: { root: string }): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Quick brotli for the rare file the build did not compress; the build's own copies use level 11.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  })
  await app.register(fastifyStatic, {
    root: opts.root,
    prefix: '/',
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.header('Cache-Control', cacheControlFor(filePath))
    },
  })
}
