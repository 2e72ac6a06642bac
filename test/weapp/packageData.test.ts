/**
 * Where the court's data lands in the weapp build. The main package loads before the first screen
 * on a rural signal, so the 案由 list, the case-type codes and the average wages stay out of it,
 * and the 案由 list is in the packages that search it (the filing form and the fee calculator).
 * The lint rule on src/ keeps the imports so; this checks what webpack actually made of them.
 */
import fs from 'node:fs'
import path from 'node:path'
import causes from '../../domain/data/causes-of-action.json'
import caseTypes from '../../domain/data/case-type-codes.json'
import wages from '../../domain/data/average-wages.json'
import { DIST, readAppJson, subPackagesOf } from './harness'

const roots = subPackagesOf(readAppJson()).map((sp) => sp.root.replace(/^\/|\/$/g, '') + '/')

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? files(full) : full.endsWith('.js') ? [full] : []
  })
}
const all = files(DIST).map((full) => ({ rel: path.relative(DIST, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') }))
const packageOf = (rel: string) => roots.find((r) => rel.startsWith(r)) ?? 'main'
/** A string as the minifier may write it: as is, or with every character outside printable ASCII \u-escaped. */
const forms = (s: string) => [s, s.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]
const packagesWith = (s: string) => [...new Set(all.filter((f) => forms(s).some((form) => f.text.includes(form))).map((f) => packageOf(f.rel)))].sort()

// Strings found only in the data files: each list's source note, and a line of each.
const CAUSES = causes.source.slice(0, 40)
const CASE_TYPES = caseTypes.source.slice(0, 40)
const WAGES = wages.source.slice(0, 40)

test.each([
  ['the 案由 list', CAUSES],
  ['the case-type code list', CASE_TYPES],
  ['the average-wage list', WAGES],
])('%s is not in the main package', (_label, marker) => {
  expect(packagesWith(marker)).not.toContain('main')
})

test('the 案由 list is in the filing and tools packages, and in no other', () => {
  expect(packagesWith(CAUSES)).toEqual(['subpackages/filing/', 'subpackages/tools/'])
  // The hint of 追索劳动报酬纠纷 travels with the list: the picker shows it.
  const hint = causes.causes.find((c) => c.name === '追索劳动报酬纠纷')?.hint ?? ''
  expect(packagesWith(hint)).toEqual(['subpackages/filing/', 'subpackages/tools/'])
})
