import fs from 'node:fs'
import path from 'node:path'

// Emoji look different on every phone and are empty boxes on one without an emoji font; the
// check and radio glyphs (☐ ☑ ◉ ○ ● ✓ ✔ ✘ ✕) depend on the font too. The app draws icons with
// <Icon> and choice marks with <ChoiceMark>, so none of these may appear anywhere in src/.
const SRC = path.resolve(__dirname, '..', '..', 'src')
const FORBIDDEN = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\u{FE0F}|[☐☑☒◉○●◎✓✔✗✘✕✖]/gu

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(full)
    return /\.(tsx?|scss|json|html)$/.test(e.name) ? [full] : []
  })
}

test('the pattern catches what it is meant to catch, and leaves words and arrows alone', () => {
  for (const bad of ['📝', '⚖️', '🏛', '☑', '☐', '◉', '○', '●', '✓', '✔', '✘', '✕', '⚠', '▶', '🔔']) expect(bad.match(FORBIDDEN)).not.toBeNull()
  expect('‹ 返回 → 更换 › ¥ 12.35万元 ≥ 60 × 60'.match(FORBIDDEN)).toBeNull()
})

test('no source file under src/ uses an emoji or a check or radio glyph', () => {
  const files = sourceFiles(SRC)
  expect(files.length).toBeGreaterThan(50)
  const found = files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.match(FORBIDDEN) ? [`${path.relative(SRC, file)}:${i + 1} ${line.match(FORBIDDEN)!.join(' ')}`] : [])),
  )
  expect(found).toEqual([])
})
