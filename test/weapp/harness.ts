/**
 * Runs the compiled mini-program (dist/weapp) inside jest with miniprogram-simulate: the real
 * Taro runtime, React, our page code and the real WXML templates compiled by the bundled `wcc`.
 *
 * miniprogram-simulate only knows custom components, so `Page(...)` is shimmed to `Component(...)`
 * with the page lifecycles mapped onto component lifetimes; `App(...)` and `getApp()` are stubs
 * that launch the Taro app the way WeChat would.
 *
 * Taro's webpack chunks run their modules once per launch, so each launch can render a given
 * page once: launch once per test file.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as simulate from 'miniprogram-simulate'
import { createFakeWx, duringTap, type FakeWx } from './fakeWx'

/** WEAPP_DIST points the suite at another build, e.g. one downloaded from CI. */
export const DIST = path.resolve(process.env.WEAPP_DIST ?? path.join(__dirname, '../../dist/weapp'))

export interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[]; name?: string; independent?: boolean }>
  subpackages?: AppJson['subPackages']
  tabBar?: { list: Array<{ pagePath: string; text: string }> }
  preloadRule?: Record<string, { network?: string; packages: string[] }>
}

/** Fails with what to do when the build is missing, instead of a confusing module error. */
export function assertBuilt(): void {
  for (const file of ['app.json', 'app.js', 'base.wxml']) {
    if (!fs.existsSync(path.join(DIST, file))) {
      throw new Error(
        `${path.relative(path.resolve(__dirname, '../..'), path.join(DIST, file))} not found: run \`npm run build\` first (npm test builds before it tests; its weapp build is a release build against the example domain).`,
      )
    }
  }
}

export function readAppJson(): AppJson {
  assertBuilt()
  return JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as AppJson
}

/** A hint for failures caused by testing an old build against newer sources. */
export function staleNote(): string {
  const built = fs.statSync(path.join(DIST, 'app.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
      const full = path.join(dir, entry.name)
      return Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
    }, 0)
  const sources = ['src', 'domain'].map((d) => path.resolve(__dirname, '../..', d)).filter((d) => fs.existsSync(d))
  return sources.some((d) => newest(d) > built) ? '\n(src/ or domain/ changed after the last weapp build: run `npm run build:weapp` and retry)' : ''
}

/** Every subpackage, whichever of the two spellings WeChat accepts the build used. */
export function subPackagesOf(app: AppJson): NonNullable<AppJson['subPackages']> {
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])]
}

interface PageOptions {
  data?: Record<string, unknown>
  [key: string]: unknown
}

interface PageInstance {
  route?: string
  options?: Record<string, string>
  onLoad?(query: Record<string, string>): void
  onReady?(): void
  onShow?(): void
  onHide?(): void
  onUnload?(): void
}

interface AppInstance {
  onLaunch?(options: LaunchOptions): void
  onShow?(options: LaunchOptions): void
  onError?(message: string): void
}

interface LaunchOptions {
  path: string
  query: Record<string, string>
  scene: number
}

type Globals = typeof globalThis & {
  wx: Record<string, unknown>
  App: (options: AppInstance) => void
  getApp: () => AppInstance | undefined
  getCurrentPages: () => PageInstance[]
  Page: (options: PageOptions) => void
  Component: (options: Record<string, unknown>) => void
}

export interface RenderedPage {
  comp: ReturnType<typeof simulate.render>
  /** The page's DOM, attached to document.body. */
  dom: HTMLElement
  /** performance.now() just before the page was loaded, for first-render timings. */
  startedAt: number
  unload(): void
}

export interface LaunchedApp {
  wx: FakeWx
  /** Messages the app reported through onError (render crashes land here). */
  errors: string[]
  renderPage(route: string, query?: Record<string, string>): RenderedPage
}

type ComponentOptions = Record<string, unknown> & { methods?: Record<string, unknown> }
const gestureMarked = new WeakSet<object>()

/**
 * Component options whose event handlers (Taro's `eh` on pages and custom wrappers) run a tap
 * inside `duringTap`, as WeChat grants a user gesture for the handler's synchronous run only.
 */
function withTapGesture(options: ComponentOptions): ComponentOptions {
  const methods: Record<string, unknown> = {}
  for (const [key, fn] of Object.entries(options.methods ?? {})) {
    methods[key] =
      typeof fn === 'function'
        ? function (this: unknown, ...args: unknown[]) {
            const run = () => (fn as (...a: unknown[]) => unknown).apply(this, args)
            return (args[0] as { type?: string } | undefined)?.type === 'tap' ? duringTap(run) : run()
          }
        : fn
  }
  return { ...options, methods }
}

export async function launchWeapp(opts: { storage?: Record<string, unknown>; entry?: string; offline?: boolean } = {}): Promise<LaunchedApp> {
  assertBuilt()
  const g = globalThis as Globals
  const fake = createFakeWx(opts.storage, { offline: opts.offline })
  // miniprogram-simulate installed its inert `wx` on import; ours goes on top of it.
  Object.assign(g.wx, fake.api)
  if (!gestureMarked.has(g.Component)) {
    const register = g.Component
    g.Component = (options) => register(withTapGesture(options as ComponentOptions))
    gestureMarked.add(g.Component)
  }

  const errors: string[] = []
  const stack: PageInstance[] = []
  let app: AppInstance | undefined
  let loading: { route: string; query: Record<string, string>; registered: boolean } | null = null

  g.App = (options) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => [...stack]
  g.Page = (options) => {
    if (!loading) throw new Error('Page() called outside renderPage()')
    const { route, query } = loading
    loading.registered = true
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    g.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance) {
          this.route = route
          this.options = query
          stack.push(this)
          this.onLoad?.(query)
        },
        ready(this: PageInstance) {
          this.onReady?.()
        },
        detached(this: PageInstance) {
          this.onUnload?.()
          stack.splice(stack.indexOf(this), 1)
        },
      },
      pageLifetimes: {
        show(this: PageInstance) {
          this.onShow?.()
        },
        hide(this: PageInstance) {
          this.onHide?.()
        },
      },
    })
  }

  await import(path.join(DIST, 'app.js'))
  if (!app) throw new Error('dist/weapp/app.js did not call App(): is the build complete?')
  const launched = app
  const reportError = launched.onError?.bind(launched)
  launched.onError = (message: string) => {
    errors.push(String(message))
    reportError?.(message)
  }
  const launch: LaunchOptions = { path: opts.entry ?? readAppJson().pages[0], query: {}, scene: 1001 }
  launched.onLaunch?.(launch)
  launched.onShow?.(launch)

  function renderPage(route: string, query: Record<string, string> = {}): RenderedPage {
    for (const ext of ['js', 'json', 'wxml']) {
      if (!fs.existsSync(path.join(DIST, `${route}.${ext}`))) throw new Error(`dist/weapp/${route}.${ext} is missing: rebuild with \`npm run build:weapp\``)
    }
    const startedAt = performance.now()
    loading = { route, query, registered: false }
    let id: string
    try {
      id = simulate.load(path.join(DIST, route), { rootPath: DIST })
      if (!loading.registered) throw new Error(`${route} did not call Page(): each page can be rendered once per launch`)
    } finally {
      loading = null
    }
    const comp = simulate.render(id)
    const dom = document.createElement('div')
    document.body.appendChild(dom)
    comp.attach(dom)
    // j-component has page lifetimes but its typings omit the trigger.
    ;(comp as typeof comp & { triggerPageLifeTime(name: 'show' | 'hide'): void }).triggerPageLifeTime('show')
    return {
      comp,
      dom,
      startedAt,
      unload() {
        comp.detach()
        dom.remove()
      },
    }
  }

  return { wx: fake, errors, renderPage }
}

/**
 * Polls until every text is on screen (Taro renders asynchronously: React commits, then the
 * runtime sends setData). Returns the milliseconds since `since`.
 */
export async function waitForText(
  dom: HTMLElement,
  texts: string[],
  { since = performance.now(), timeoutMs = 5000, errors = [] as string[] } = {},
): Promise<number> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const shown = dom.textContent ?? ''
    if (texts.every((t) => shown.includes(t))) return performance.now() - since
    if (performance.now() > deadline) {
      const missing = texts.filter((t) => !shown.includes(t))
      const why = errors.length ? `\napp errors:\n${errors.join('\n')}` : ''
      throw new Error(`not shown within ${timeoutMs} ms: ${missing.join(' | ')}\nshown: ${shown.slice(0, 500)}${why}${staleNote()}`)
    }
    await simulate.sleep(5)
  }
}

/** Taps a node the way WeChat dispatches a tap, by selector (`#id` or `.class`). */
export function tap(page: RenderedPage, selector: string): void {
  const node = page.comp.querySelector(selector)
  if (!node) throw new Error(`${selector} is not on the page`)
  node.dispatchEvent('tap', { touches: [], changedTouches: [] })
}

/** The Taro runtime answers taps asynchronously (event → React → API wrapper): wait for the effect. */
export async function until(check: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await simulate.sleep(5)
  }
}
