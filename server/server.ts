import { buildApp } from './app'
import { startBanner } from './banner'
import { loadConfig } from './config'
import { drainOnSignals } from './shutdown'

async function main() {
  const config = loadConfig()
  const app = await buildApp({ config })
  drainOnSignals(app)
  await app.listen({ host: config.host, port: config.port })
  console.log(startBanner(config, app.store.engine))
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
