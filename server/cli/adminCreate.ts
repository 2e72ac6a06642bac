import { randomUUID } from 'node:crypto'
import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { shanghaiIso, systemClock, type Clock } from '../clock'
import { loadConfig } from '../config'
import { connect, type Db } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import { auditRepository } from '../repositories/audit'
import { usersRepository } from '../repositories/users'
import { seedCourts } from '../seed/courts'
import { newUserRow } from '../services/auth'
import { hashPassword, passwordProblem } from '../services/passwords'

export interface AdminCreateIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown }
  stderr: Writable
  env: Record<string, string | undefined>
}

const USAGE = '用法：npm run admin:create -- --court <法院代码，如 内0784> --account <账号> [--name <显示名>]，密码从标准输入读取'

/** One line from the input; typed without echo when it is a terminal. */
function readSecretLine(io: AdminCreateIo, prompt: string): Promise<string> {
  const { stdin } = io
  const tty = Boolean(stdin.isTTY && stdin.setRawMode)
  if (tty) io.stderr.write(prompt)
  return new Promise((resolve, reject) => {
    let text = ''
    const finish = (line: string) => {
      stdin.removeListener('data', onData)
      stdin.removeListener('end', onEnd)
      stdin.removeListener('error', reject)
      if (tty) {
        stdin.setRawMode?.(false)
        io.stderr.write('\n')
      }
      stdin.pause()
      resolve(line)
    }
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString()
      if (tty && text.includes('\u0003')) return reject(new Error('已取消'))
      const end = text.search(/[\r\n]/)
      if (end >= 0) finish(text.slice(0, end))
    }
    const onEnd = () => finish(text)
    if (tty) stdin.setRawMode?.(true)
    stdin.on('data', onData)
    stdin.once('end', onEnd)
    stdin.once('error', reject)
    stdin.resume()
  })
}

/**
 * Creates a court's first admin — the only way an account comes into being in production, where
 * no demo staff are seeded. The password is read from standard input (without echo on a
 * terminal, twice), never from the command line, where it would stay in the shell history and
 * the process list. Returns the exit code.
 *
 * @example echo "$PASSWORD" | npm run admin:create -- --court 内0784 --account admin.li --name 李明
 */
export async function adminCreate(argv: string[], io: AdminCreateIo, opts: { store?: Db; clock?: Clock } = {}): Promise<number> {
  let args: { court?: string; account?: string; name?: string }
  try {
    args = parseArgs({ args: argv, options: { court: { type: 'string' }, account: { type: 'string' }, name: { type: 'string' } } }).values
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n${USAGE}\n`)
    return 2
  }
  const court = args.court?.trim()
  const account = args.account?.trim()
  if (!court || !account || !/^[A-Za-z0-9._-]{3,64}$/.test(account)) {
    io.stderr.write(`${!court || !account ? '请给出法院代码和账号' : '账号只能用字母、数字和 . _ -，3到64位'}\n${USAGE}\n`)
    return 2
  }
  const clock = opts.clock ?? systemClock
  const store =
    opts.store ??
    (() => {
      const config = loadConfig(io.env)
      return connect({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath })
    })()
  try {
    await migrateToLatest(store.db, store.pgSchema)
    await seedCourts(store.db)
    const courtRow = await store.db.selectFrom('courts').selectAll().where('code', '=', court).executeTakeFirst()
    if (!courtRow) {
      io.stderr.write(`没有代码为 ${court} 的法院\n`)
      return 1
    }
    const users = usersRepository(store.db)
    if (await users.byAccount(account)) {
      io.stderr.write(`账号 ${account} 已经存在\n`)
      return 1
    }
    const password = await readSecretLine(io, `新管理员 ${account} 的密码（输入时不显示）：`)
    const problem = passwordProblem(password)
    if (problem) {
      io.stderr.write(`${problem}\n`)
      return 1
    }
    if (io.stdin.isTTY && (await readSecretLine(io, '再输入一次：')) !== password) {
      io.stderr.write('两次输入的密码不一样\n')
      return 1
    }
    const now = shanghaiIso(clock.now())
    const id = `s-${randomUUID()}`
    await users.insert(
      newUserRow(
        {
          id,
          role: 'admin',
          court_id: courtRow.id,
          account,
          password_hash: await hashPassword(password),
          openid: null,
          display_name: args.name?.trim() || `${account}（管理员）`,
        },
        now,
      ),
    )
    await auditRepository(store.db).record({
      actorId: null,
      action: 'account.create',
      subject: id,
      detail: { role: 'admin', court: courtRow.code, account },
      at: now,
    })
    io.stderr.write(`已创建${courtRow.name}的管理员账号 ${account}\n`)
    return 0
  } finally {
    if (!opts.store) await store.db.destroy()
  }
}

// Run as a script (npm run admin:create), not when a test imports it.
if (/adminCreate\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  adminCreate(process.argv.slice(2), { stdin: process.stdin, stderr: process.stderr, env: process.env }).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
