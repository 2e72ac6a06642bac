import type { Compilation, Compiler } from 'webpack'

/** The first page of the app: what an address without a route opens. */
const HOME = 'pages/index/index'

/** The name prefix of chunks a page imports lazily only after its first screen is up: never preloaded. */
export const LATER = 'later-'

/**
 * Where each page's code is, by route: the scripts and styles webpack splits out for the page
 * itself, and for pages other than the first one also the chunks the page imports lazily on
 * opening (the API client that loads its data), except those named `later-…`, which the page
 * fetches itself once its first screen is up. Files the entry already loads are left out.
 */
export function routeFiles(compilation: Compilation, publicPath: string): Record<string, string[]> {
  const initial = new Set<string>()
  for (const chunk of compilation.chunks) if (chunk.canBeInitial()) for (const f of chunk.files) initial.add(f)
  const map: Record<string, string[]> = {}
  for (const group of compilation.chunkGroups) {
    const route = group.origins.map((o) => o.request?.replace(/^\.\//, '')).find((r) => r && /(^|\/)pages\/.+\/index$/.test(r))
    if (!route || group.isInitial()) continue
    // Chunks named `later-…` (webpackChunkName) are code a page fetches after its first screen.
    const groups = route === HOME ? [group] : [group, ...group.getChildren().filter((g) => !g.name?.startsWith(LATER))]
    const files = new Set<string>()
    for (const g of groups) for (const chunk of g.chunks) for (const f of chunk.files) if (/\.(js|css)$/.test(f) && !initial.has(f)) files.add(publicPath + f)
    map[route] = [...files].sort((a, b) => Number(b.endsWith('.css')) - Number(a.endsWith('.css')))
  }
  return map
}

/**
 * The script put at the top of index.html: it reads the route from the address (hash router;
 * no route is the first page) and asks for that page's code at once, beside the app's own
 * bundle, instead of only after the bundle has arrived and run — over a 400 ms link that saves
 * the round trips of a chain. Its hash is allowed by the server's Content-Security-Policy like
 * Taro's own inline script (server/plugins/security.ts reads it from the built file).
 */
export function preloadScript(map: Record<string, string[]>): string {
  return (
    `!function(m){var r=(location.hash.replace(/^#\\/?/,'').split('?')[0])||${JSON.stringify(HOME)};` +
    `(m[r]||[]).forEach(function(u){var l=document.createElement('link');l.rel='preload';` +
    `l.setAttribute('as',/\\.css$/.test(u)?'style':'script');l.href=u;document.head.appendChild(l)})}(${JSON.stringify(map)})`
  )
}

/**
 * Writes the preload script into the built index.html (H5 production build), after the HTML
 * plugin has written the page and before the service worker list is made from the assets.
 */
export class RoutePreloadPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'RoutePreloadPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const html = compilation.getAsset('index.html')
        if (!html) return
        const publicPath = typeof compilation.outputOptions.publicPath === 'string' ? compilation.outputOptions.publicPath : '/'
        const script = `<script>${preloadScript(routeFiles(compilation, publicPath === 'auto' ? '/' : publicPath))}</script>`
        const source = html.source.source().toString().replace('</title>', `</title>${script}`)
        compilation.updateAsset('index.html', new compiler.webpack.sources.RawSource(source))
      })
    })
  }
}
