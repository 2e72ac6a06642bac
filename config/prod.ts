import type { UserConfigExport } from '@tarojs/cli'
import { GenerateSW } from 'workbox-webpack-plugin'
import { apiCacheGroup, ComponentsPerFolderPlugin } from './h5Chunks'
import { PrecompressPlugin, serviceWorkerOptions } from './h5Offline'
import { RoutePreloadPlugin } from './routePreload'

export default {
  logger: { quiet: true, stats: false },
  mini: {},
  h5: {
    // Production H5 only: each page's code asked for at once, the offline shell and build-time compression (the dev server needs neither).
    webpackChain(chain) {
      if (process.env.TARO_ENV !== 'h5') return
      chain.plugin('routePreload').use(RoutePreloadPlugin)
      chain.plugin('serviceWorker').use(GenerateSW, [serviceWorkerOptions])
      chain.plugin('precompress').use(PrecompressPlugin)
      // Less code per page: only the components a folder uses, one copy of the API client for all pages.
      chain.plugin('componentsPerFolder').use(ComponentsPerFolderPlugin)
      const splitChunks = chain.optimization.get('splitChunks') as { cacheGroups?: Record<string, unknown> } | false | undefined
      if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, cacheGroups: { ...splitChunks.cacheGroups, api: apiCacheGroup } })
    },
  },
} satisfies UserConfigExport<'webpack5'>
