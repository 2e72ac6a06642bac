/**
 * Loads a module the first screen does not need: on H5 as a separate chunk fetched when first
 * used (so the home screen arrives sooner over a weak link); in the mini-program, which has no
 * code loading at run time, it is already in the package. The build removes the branch that
 * does not apply (process.env.TARO_ENV is a constant there). Named `later-…`, they are never in
 * the route preload of index.html (config/routePreload.ts).
 */
export const toastLater = (): Promise<typeof import('./offlineToast')> =>
  process.env.TARO_ENV === 'h5'
    ? import(/* webpackChunkName: "later-toast" */ './offlineToast')
    : // eslint-disable-next-line @typescript-eslint/no-require-imports
      Promise.resolve(require('./offlineToast') as typeof import('./offlineToast'))

export const inboxApiLater = (): Promise<typeof import('../api/service')> =>
  process.env.TARO_ENV === 'h5'
    ? import(/* webpackChunkName: "later-inbox-api" */ '../api/service')
    : // eslint-disable-next-line @typescript-eslint/no-require-imports
      Promise.resolve(require('../api/service') as typeof import('../api/service'))
