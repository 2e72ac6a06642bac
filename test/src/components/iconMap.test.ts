import fs from 'node:fs'
import path from 'node:path'
import { ICONS, LUCIDE_DIR, OUTPUT, iconBody, readIcon } from '../../../ops/iconMap'
import { ICON_BODIES } from '../../../src/components/Icon/icons.generated'

const SRC = path.resolve(__dirname, '..', '..', '..', 'src')

function appSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return appSources(full)
    return /\.tsx?$/.test(e.name) && full !== OUTPUT ? [full] : []
  })
}

test('the committed icon map is current: the installed lucide-static drawings of exactly the listed icons (run `npx tsx ops/iconMap.ts`)', () => {
  const expected = Object.fromEntries([...ICONS].sort().map((name) => [name, iconBody(readIcon(name))]))
  expect(ICON_BODIES).toEqual(expected)
  const version = (JSON.parse(fs.readFileSync(path.join(LUCIDE_DIR, '..', 'package.json'), 'utf8')) as { version: string }).version
  expect(fs.readFileSync(OUTPUT, 'utf8')).toContain(`from lucide-static ${version} `)
})

test('the map holds only icons the app names, so the main package carries no unused drawing', () => {
  const code = appSources(SRC)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n')
  const unused = ICONS.filter((name) => !code.includes(`'${name}'`))
  expect(unused).toEqual([])
})
