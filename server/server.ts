import { buildApp } from './app'
import { loadConfig } from './config'
import { DEMO_LITIGANTS, DEMO_STAFF, DEMO_STAFF_PASSWORD } from './seed/demo'

async function main() {
  const config = loadConfig()
  const app = await buildApp({ config })
  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await app.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void close('SIGINT'))
  process.on('SIGTERM', () => void close('SIGTERM'))
  await app.listen({ host: config.host, port: config.port })
  const url = `http://localhost:${config.port}`
  const lines = [
    '',
    `移动微法院 is running on ${app.store.engine === 'postgres' ? 'PostgreSQL' : `SQLite (${config.sqlitePath})`}`,
    `  App:      ${url}/`,
    `  API docs: ${url}/api/docs`,
    `  Health:   ${url}/api/health`,
  ]
  if (config.seedDemo) {
    lines.push('', 'Demo staff accounts (password ' + DEMO_STAFF_PASSWORD + '):')
    for (const s of DEMO_STAFF) lines.push(`  ${s.account}  ${s.display_name}`)
    if (config.devLogin) {
      lines.push('', 'Demo litigants (sign in with 演示登录 on the login page):')
      for (const l of DEMO_LITIGANTS) lines.push(`  ${l.display_name}`)
    }
  }
  console.log(lines.join('\n') + '\n')
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
