import { createRequire } from 'node:module'
import path from 'node:path'
import type { Compiler } from 'webpack'

const SRC = path.resolve(__dirname, '..', 'src')

/**
 * Taro's H5 component library is one module of ~100 React wrappers (@tarojs/components/lib/react).
 * Webpack drops the wrappers no page uses, but the module is the same for every page, so each
 * page's chunk carries the wrappers — and the web components behind them (the picker, the
 * textarea, …) — that any page uses: the home screen shipped the filing form's picker and inputs.
 * Giving each source folder its own copy of that module (the same file, a different query) lets
 * each copy keep only the components its folder imports. The copies are a few lines each; the
 * web components themselves stay single modules, defined once.
 */
export class ComponentsPerFolderPlugin {
  apply(compiler: Compiler): void {
    const library = createRequire(__filename).resolve('@tarojs/components/lib/react/components.js')
    compiler.hooks.normalModuleFactory.tap('ComponentsPerFolderPlugin', (factory) => {
      factory.hooks.beforeResolve.tap('ComponentsPerFolderPlugin', (data) => {
        const issuer = data.contextInfo.issuer
        if (data.request !== '@tarojs/components' || !issuer || !issuer.startsWith(SRC + path.sep)) return
        data.request = `${library}?in=${path.relative(SRC, path.dirname(issuer)).split(path.sep).join('/')}`
      })
    })
  }
}

/**
 * Taro splits only the chunks loaded at start (`chunks: 'initial'`), so every page that calls the
 * API carries its own copy of the API client (axios and Taro's request polyfills), and a page that
 * also imports part of the client lazily loads it twice (the filing form did). One shared `api`
 * chunk holds it for every page instead: fetched once, cached for all.
 */
export const apiCacheGroup = {
  name: 'api',
  chunks: 'async' as const,
  minChunks: 2,
  priority: 50,
  enforce: true,
  test: (module: { resource?: string }) =>
    !!module.resource &&
    (/[\\/]node_modules[\\/](axios|whatwg-fetch|abortcontroller-polyfill|jsonp-retry)[\\/]/.test(module.resource) ||
      /[\\/]@tarojs[\\/]taro-h5[\\/]dist[\\/]api[\\/]network[\\/]/.test(module.resource) ||
      /[\\/]src[\\/]api[\\/](client|request|taroAdapter|offlineCache|errors|paging)\.ts$/.test(module.resource)),
}
