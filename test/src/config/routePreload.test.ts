import { preloadScript } from '../../../config/routePreload'

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
