/**
 * Structural checks of the weapp build: everything app.json promises is really in dist/weapp.
 * WeChat refuses to open a page (or a whole package) whose files are missing, and only tells the
 * user on the phone, so this is checked for every page and subpackage the build lists.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DIST, readAppJson, subPackagesOf } from './harness'

const appJson = readAppJson()
const subPackages = subPackagesOf(appJson)
const trim = (root: string) => root.replace(/^\/|\/$/g, '')
const allPages = [
  ...appJson.pages.map((page) => ({ pkg: 'main', page })),
  ...subPackages.flatMap((sp) => sp.pages.map((page) => ({ pkg: trim(sp.root), page: `${trim(sp.root)}/${page}` }))),
]

function missingFiles(base: string, exts: string[]): string[] {
  return exts.map((ext) => `${base}.${ext}`).filter((file) => !fs.existsSync(path.join(DIST, file)))
}

test('lists the home page first, so the mini-program opens on 服务大厅', () => {
  expect(appJson.pages[0]).toBe('pages/index/index')
})

test('lists each page once', () => {
  const names = allPages.map((p) => p.page)
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
})

test.each(allPages)('$page ($pkg package) has its .js, .wxml and .json', ({ page }) => {
  expect(missingFiles(page, ['js', 'wxml', 'json'])).toEqual([])
})

test.each(allPages)('$page uses only custom components that were built', ({ page }) => {
  const json = JSON.parse(fs.readFileSync(path.join(DIST, `${page}.json`), 'utf8')) as { usingComponents?: Record<string, string> }
  const missing = Object.entries(json.usingComponents ?? {}).flatMap(([tag, ref]) => {
    const base = ref.startsWith('/') ? ref.slice(1) : path.posix.join(path.posix.dirname(page), ref)
    return missingFiles(base, ['js', 'wxml', 'json']).map((file) => `<${tag}> ${file}`)
  })
  expect(missing).toEqual([])
})

test('every subpackage it lists exists in the build, with a unique root that nests in no other package', () => {
  const roots = subPackages.map((sp) => trim(sp.root))
  expect(roots.filter((root) => !fs.statSync(path.join(DIST, root), { throwIfNoEntry: false })?.isDirectory())).toEqual([])
  expect(roots.filter((root, i) => roots.indexOf(root) !== i)).toEqual([])
  const nested = roots.flatMap((a) => roots.filter((b) => a !== b && b.startsWith(`${a}/`)).map((b) => `${b} inside ${a}`))
  expect(nested).toEqual([])
  const mainPagesInSubpackages = appJson.pages.filter((page) => roots.some((root) => page.startsWith(`${root}/`)))
  expect(mainPagesInSubpackages).toEqual([])
  for (const sp of subPackages) expect({ root: sp.root, pages: sp.pages.length }).not.toEqual({ root: sp.root, pages: 0 })
})

test('tab bar pages are main-package pages (WeChat requires it)', () => {
  const tabPages = (appJson.tabBar?.list ?? []).map((item) => item.pagePath)
  expect(tabPages.filter((p) => !appJson.pages.includes(p))).toEqual([])
})

test('preload rules name pages and packages that exist', () => {
  const names = new Set(subPackages.flatMap((sp) => [trim(sp.root), ...(sp.name ? [sp.name] : [])]))
  const pages = new Set(allPages.map((p) => p.page))
  const bad = Object.entries(appJson.preloadRule ?? {}).flatMap(([page, rule]) => [
    ...(pages.has(page) ? [] : [`page ${page}`]),
    ...rule.packages.filter((pkg) => pkg !== '__APP__' && !names.has(trim(pkg))).map((pkg) => `package ${pkg} (from ${page})`),
  ])
  expect(bad).toEqual([])
})

test('the enforcement pages are in the build: the litigant’s 执行 and the court’s 执行办案', () => {
  const pagesOf = (root: string) => subPackages.find((sp) => trim(sp.root) === root)?.pages ?? []
  expect(pagesOf('subpackages/enforcement')).toEqual(['pages/index/index', 'pages/apply/index', 'pages/detail/index', 'pages/lead/index'])
  expect(pagesOf('subpackages/execution')).toEqual([
    'pages/queue/index',
    'pages/case/index',
    'pages/tasks/index',
    'pages/supervision/index',
    'pages/teams/index',
    'pages/complaints/index',
  ])
})
