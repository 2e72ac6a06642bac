import { execFile } from 'node:child_process'

/**
 * The text of a PDF as pdf-parse (v2, on pdf.js) reads it. pdf.js loads its worker by a dynamic
 * import, which jest's module sandbox refuses, so the parse runs in a plain Node process.
 */
export function pdfText(pdf: Buffer): Promise<string> {
  const script = `
    const { PDFParse } = require('pdf-parse')
    const chunks = []
    process.stdin.on('data', (c) => chunks.push(c))
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) })
      const { text } = await parser.getText()
      await parser.destroy()
      process.stdout.write(text)
    })`
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    )
    child.stdin?.end(pdf)
  })
}
