import { Workbox } from 'workbox-window'

/**
 * Registers the H5 service worker (made by the production build, config/h5Offline.ts) once the
 * page has loaded, so its precaching never competes with the first screen for a weak link.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const start = () => {
    new Workbox('/sw.js').register().catch(() => undefined)
  }
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
