import { buildApp } from './app'
import { startBanner } from './banner'
import { loadConfig } from './config'

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
  console.log(startBanner(config, app.store.engine))
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
