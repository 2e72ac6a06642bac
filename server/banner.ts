import type { AppConfig } from './config'
import type { Engine } from './db/connect'
import { DEMO_LITIGANTS, DEMO_STAFF } from './seed/demo'

/**
 * What `npm start` prints once listening. It names the demo accounts where they are seeded but
 * never prints a password (terminals are logged and shared; the demo password is in the README),
 * and outside development it names no accounts at all.
 */
export function startBanner(config: AppConfig, engine: Engine): string {
  const url = `http://localhost:${config.port}`
  const lines = [
    '',
    `移动微法院 is running on ${engine === 'postgres' ? 'PostgreSQL' : `SQLite (${config.sqlitePath})`} (${config.nodeEnv})`,
    `  App:      ${url}/`,
    ...(config.apiDocs ? [`  API docs: ${url}/api/docs`] : []),
    `  Health:   ${url}/api/health`,
    `  Notices:  ${config.notify.mode === 'providers' ? 'WeChat subscribe messages + Tencent Cloud SMS' : 'kept in the outbox (NOTIFY=outbox): nothing is sent to phones'}${config.notify.worker ? '' : ', worker off here'}`,
  ]
  if (config.seedDemo && config.nodeEnv !== 'production') {
    lines.push('', 'Demo staff accounts (the demo password is in README.md):')
    for (const s of DEMO_STAFF) lines.push(`  ${s.account}  ${s.display_name}`)
    if (config.devLogin) {
      lines.push('', 'Demo litigants (sign in with 演示登录 on the login page):')
      for (const l of DEMO_LITIGANTS) lines.push(`  ${l.display_name}`)
    }
  }
  if (config.nodeEnv === 'production') lines.push('', 'First admin of a court: npm run admin:create -- --court <court code> --account <account>')
  return lines.join('\n') + '\n'
}
