/**
 * The weapp package as it would be uploaded (npm test builds it as a release against the example
 * domain https://court.example.cn): code every supported WeChat client can parse, the absolute
 * API origin compiled in, lazy component injection, and a sitemap that keeps private pages out
 * of WeChat search.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { DIST, readAppJson } from './harness'

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

const scripts = files(DIST).filter((f) => f.endsWith('.js'))
const appJson = readAppJson() as ReturnType<typeof readAppJson> & { lazyCodeLoading?: string; sitemapLocation?: string }

test('every script parses as ES2016, the syntax older WeChat engines run (no ?., ??, object spread, async)', () => {
  expect(scripts.length).toBeGreaterThan(20)
  const unparsable = scripts.flatMap((file) => {
    const code = fs.readFileSync(file, 'utf8')
    try {
      parse(code, { ecmaVersion: 2016, sourceType: 'script' })
      return []
    } catch (e) {
      const pos = (e as { pos?: number }).pos ?? 0
      return [`${path.relative(DIST, file)}: ${(e as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 30), pos + 10))}`]
    }
  })
  expect(unparsable).toEqual([])
})

test('the parser check itself refuses the syntax it guards against', () => {
  for (const code of ['a?.b', 'a ?? b', 'x = {...a}', 'async function f() {}']) {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: 'script' })).toThrow()
  }
})

test('the API origin is the absolute https domain, not a relative /api/v1', () => {
  const code = scripts.map((f) => fs.readFileSync(f, 'utf8')).join('\n')
  expect(code).toContain('https://court.example.cn')
})

test("the appid is the court's own, not the preview one", () => {
  const project = JSON.parse(fs.readFileSync(path.join(DIST, 'project.config.json'), 'utf8')) as { appid: string }
  expect(project.appid).toMatch(/^wx[0-9a-f]{16}$/)
})

test('components are injected lazily', () => {
  expect(appJson.lazyCodeLoading).toBe('requiredComponents')
})

describe('sitemap', () => {
  const sitemap = JSON.parse(fs.readFileSync(path.join(DIST, appJson.sitemapLocation ?? 'sitemap.json'), 'utf8')) as {
    rules: Array<{ action: 'allow' | 'disallow'; page: string }>
  }
  const built = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((sp) => sp.pages.map((p) => `${sp.root.replace(/\/$/, '')}/${p}`))]

  test('lets WeChat index only the home page and the calculators', () => {
    const allowed = sitemap.rules.filter((r) => r.action === 'allow').map((r) => r.page)
    expect(allowed.every((page) => page === 'pages/index/index' || page.startsWith('subpackages/tools/'))).toBe(true)
    expect(allowed.filter((page) => !built.includes(page))).toEqual([])
  })

  test('ends by refusing every other page, so a new case, document or profile page is never indexed', () => {
    expect(sitemap.rules[sitemap.rules.length - 1]).toEqual({ action: 'disallow', page: '*' })
  })
})
