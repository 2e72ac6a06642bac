import path from 'node:path'
import { coldLoad, draftForForm, launchChromium, median, startH5Server, WEAK_LINK, type LoadResult } from './h5Load'
import { machine, writeSection } from './results'

/**
 * Cold loads of the H5 app over the weak link of issue 13 (250 kbps each way, 400 ms), served
 * from dist/h5 as built (it builds nothing: run `npm run build:h5` first) by the real server,
 * with its compression and cache headers. Measures the home screen and the filing form, each
 * several times in a fresh profile, and writes the medians to bench/RESULTS.md.
 */
const ROUNDS = Number(process.env.H5_LOAD_ROUNDS ?? 3)
const GOALS = { home: 5000, form: 7000 }

async function main() {
  const server = await startH5Server(process.env.H5_DIST ?? path.resolve(__dirname, '..', 'dist/h5'))
  const browser = await launchChromium()
  const runs: { home: LoadResult[]; form: LoadResult[] } = { home: [], form: [] }
  try {
    for (let i = 0; i < ROUNDS; i++) {
      runs.home.push(await coldLoad(browser, `${server.baseUrl}/`, '#tile-filing'))
      const { session, url } = await draftForForm(server.baseUrl)
      runs.form.push(await coldLoad(browser, url, '#step-title', session))
      console.log(`round ${i + 1}: home ${runs.home[i].ms} ms, filing form ${runs.form[i].ms} ms`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const row = (label: string, rs: LoadResult[], goal: number) => {
    const ms = median(rs.map((r) => r.ms))
    const kb = Math.round(median(rs.map((r) => r.bytes)) / 1024)
    return `| ${label} | ${(ms / 1000).toFixed(1)} s | ${rs.map((r) => (r.ms / 1000).toFixed(1)).join(' / ')} | ${kb} KB | ${median(rs.map((r) => r.requests))} | ≤ ${goal / 1000} s ${ms <= goal ? '✓' : '✗'} |`
  }
  const body = [
    `Cold loads (fresh profile, HTTP cache disabled, no service worker yet) over Chromium's throttling at ${WEAK_LINK.kbps} kbps each way and ${WEAK_LINK.latencyMs} ms latency, served by the real server from dist/h5; ${ROUNDS} rounds, median. Ready = the screen can be used (home: the 网上立案 tile is visible; filing form: the step title of a signed-in draft is visible).`,
    '',
    '| screen | time to usable (median) | each round | bytes on the wire | requests | goal (issue 16) |',
    '|---|---|---|---|---|---|',
    row('home 服务大厅', runs.home, GOALS.home),
    row('filing form 网上立案', runs.form, GOALS.form),
    '',
    'Before the offline-shell work (issue 13): home 17.3 s (475 KB, nothing compressed, hashed assets `max-age=0`). Then brotli/gzip copies made at build time, hashed assets cached for a year (`immutable`), and the API client (axios) and the toast code loaded after the home screen instead of with it.',
    '',
    "Before the code split of issue 16 (same machine, same day): home 5.9 s (5.5 / 5.9 / 5.9, 136 KB, 17 requests), filing form 9.9 s (9.9 / 9.9 / 9.9, 255 KB, 16 requests). Since: each source folder has its own copy of Taro's component wrappers, so a page carries only the web components it uses (the home screen had the form's picker, inputs and textarea: its page chunk 24 → 10 KB); one shared `api` chunk holds the API client, which the form loaded twice (its own copy and the inbox API's, 31 KB); the steps after the first and the power-of-attorney uploader are chunks of their own, fetched once the first step shows; Taro's device detection (platform.js) is out of every page (elder mode reads the browser's text size on H5); chunks named `later-…` (offline toast, inbox API, photo compressor, later steps) are never in the route preload; the service worker's code loads after the page has. The tab bar's eight PNGs are files instead of base64 in the app bundle (app 76 → 67 KB). The form still misses its goal by about 0.4 s: after its code it waits one round trip for the draft and the courts (≈ 0.6 s), which only a request made before the code arrives could hide.",
    '',
    `Machine: ${machine()}.`,
  ].join('\n')
  writeSection('H5 cold load over a weak link', body)
  console.log(body)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
