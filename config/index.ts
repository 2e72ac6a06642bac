import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { weappReleaseProblems } from './weappRelease'
import { execFileSync } from 'node:child_process'

// The shared rules in domain/ live outside src/: alias them and let Taro compile them.
const domainDir = path.resolve(__dirname, '..', 'domain')

export default defineConfig<'webpack5'>(async (merge) => {
  if (process.env.TARO_ENV === 'weapp' && process.env.NODE_ENV === 'production') {
    const problems = weappReleaseProblems(process.env)
    if (problems.length > 0) {
      throw new Error(`小程序发布版不能构建：\n- ${problems.join('\n- ')}\n本地预览请用 npm run build:weapp:preview`)
    }
  }
  // The tab bar's PNGs are drawn from the icon set before every build (weapp and H5 alike); in a
  // child process, since Taro's config loader does not compile TypeScript outside config/.
  execFileSync(
    process.execPath,
    [path.resolve(__dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.resolve(__dirname, '..', 'ops', 'tabBarIcons.ts')],
    { stdio: 'inherit' },
  )
  const outputRoot = process.env.TARO_OUTPUT ?? `dist/${process.env.TARO_ENV}`
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'mobile-micro-court',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Separate folders so the H5 build never wipes the weapp build.
    // TARO_OUTPUT lets a second build (e.g. for a test run) go elsewhere without touching dist/.
    outputRoot,
    plugins: [],
    defineConstants: {},
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      TARO_APP_DEMO: JSON.stringify(process.env.TARO_APP_DEMO === '1' ? '1' : ''),
      TARO_APP_SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''),
    },
    alias: {
      '@domain': domainDir,
      '@': path.resolve(__dirname, '..', 'src'),
    },
    // WeChat search may index the public pages only (sitemap.json); the H5 build has no use for it.
    copy: { patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    mini: {
      // axios ships ES2018 (object spread) that older WeChat engines cannot parse: compile it too.
      compile: { include: [domainDir, path.resolve(__dirname, '..', 'node_modules', 'axios')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [domainDir] },
      // Images as files, never inlined: base64 hardly compresses, and the tab bar's eight PNGs
      // inlined into the app's bundle held up the first screen; as files they arrive after it.
      imageUrlLoaderOption: { limit: 1 },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
