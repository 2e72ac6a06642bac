import type { Compilation } from 'webpack'
import { preloadScript, routeFiles } from '../../../config/routePreload'

const MAP = {
  'pages/index/index': ['/css/home.css', '/js/home.js'],
  'subpackages/filing/pages/form/index': ['/css/form.css', '/js/form.js', '/js/api.js'],
}

/** Runs the inline script as the browser would at the top of index.html, for an address. */
function preloadedAt(hash: string) {
  document.head.innerHTML = ''
  window.location.hash = hash
  new Function(preloadScript(MAP))()
  return Array.from(document.head.querySelectorAll('link')).map((l) => `${l.rel} ${l.getAttribute('as')} ${l.getAttribute('href')}`)
}

describe('preloadScript: the page an address opens has its code asked for at once', () => {
  it.each([
    ['no route: the first page', '', ['preload style /css/home.css', 'preload script /js/home.js']],
    ['the first page by name', '#/pages/index/index', ['preload style /css/home.css', 'preload script /js/home.js']],
    [
      'a deep link with a query',
      '#/subpackages/filing/pages/form/index?id=f-1',
      ['preload style /css/form.css', 'preload script /js/form.js', 'preload script /js/api.js'],
    ],
    ['a route the build does not know', '#/pages/gone/index', []],
  ])('%s', (_label, hash, expected) => {
    expect(preloadedAt(hash)).toEqual(expected)
  })
})

describe('routeFiles: what each route preloads', () => {
  const chunk = (files: string[], initial = false) => ({ files: new Set(files), canBeInitial: () => initial })
  const group = (name: string | undefined, request: string | undefined, chunks: ReturnType<typeof chunk>[], children: unknown[] = []) => ({
    name,
    origins: request ? [{ request }] : [],
    isInitial: () => false,
    chunks,
    getChildren: () => children,
  })
  const app = chunk(['js/app.js', 'css/app.css'], true)
  const api = group(undefined, '../api/client', [chunk(['js/api.js'])])
  const later = group('later-filing-claims', './steps/ClaimsStep', [chunk(['js/later-filing-claims.js', 'js/app.js'])])
  const home = group(undefined, './pages/index/index', [chunk(['js/home.js', 'css/home.css'])], [api])
  const form = group(undefined, './subpackages/filing/pages/form/index', [chunk(['js/form.js', 'css/form.css', 'js/app.js'])], [api, later])
  const compilation = { chunks: [app, ...[home, form, api, later].flatMap((g) => g.chunks)], chunkGroups: [home, form, api, later] } as unknown as Compilation

  it('gives a page its own code, styles first, and what it loads on opening, but not the chunks it fetches after its first screen', () => {
    expect(routeFiles(compilation, '/')).toEqual({
      'pages/index/index': ['/css/home.css', '/js/home.js'],
      'subpackages/filing/pages/form/index': ['/css/form.css', '/js/form.js', '/js/api.js'],
    })
  })
})
