import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Compiler } from 'webpack'
import type { GenerateSW } from 'workbox-webpack-plugin'

/** Files worth compressing: text, above a size where the headers would outweigh the saving. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/
const MIN_BYTES = 1024

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the H5 build, once at
 * build time at the highest levels, so the server sends them without compressing per request
 * (@fastify/static `preCompressed`). Runs after emit, so the service worker file is included
 * and the copies never enter its precache list.
 */
export class PrecompressPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('PrecompressPlugin', (compilation) => {
      const out = compilation.outputOptions.path ?? compiler.outputPath
      for (const name of Object.keys(compilation.assets)) {
        if (!COMPRESSIBLE.test(name)) continue
        const file = path.join(out, name)
        if (!fs.existsSync(file)) continue
        const raw = fs.readFileSync(file)
        if (raw.length < MIN_BYTES) continue
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        )
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(raw, { level: 9 }))
      }
    })
  }
}

/**
 * The H5 service worker (Workbox): precaches the app shell and every page's code, so a reload
 * without signal opens the app (the hash router always navigates to index.html). API calls are
 * never cached by it: they carry the user's token, and the lists a person may see offline are
 * kept by the app itself, per person (src/api/offlineCache.ts).
 */
export const serviceWorkerOptions: ConstructorParameters<typeof GenerateSW>[0] = {
  swDest: 'sw.js',
  clientsClaim: true,
  skipWaiting: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  navigateFallback: '/index.html',
  navigateFallbackDenylist: [/^\/api\//],
  exclude: [/\.map$/, /\.LICENSE\.txt$/, /\.(br|gz)$/],
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
}
