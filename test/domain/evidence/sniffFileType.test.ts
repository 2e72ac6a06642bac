import fc from 'fast-check'
import { sniffFileType } from '../../../domain/evidence/sniffFileType'

const bytes = (...b: number[]) => new Uint8Array(b)
const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)))

describe('sniffFileType', () => {
  it.each([
    { label: 'JPEG (JFIF)', head: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), mime: 'image/jpeg' },
    { label: 'JPEG (Exif, a phone photo)', head: bytes(0xff, 0xd8, 0xff, 0xe1, 0, 0, 0x45, 0x78), mime: 'image/jpeg' },
    { label: 'PNG', head: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), mime: 'image/png' },
    { label: 'PDF', head: ascii('%PDF-1.7'), mime: 'application/pdf' },
    { label: 'a Windows program renamed .jpg', head: ascii('MZ\u0090\u0000\u0003\u0000\u0000\u0000'), mime: null },
    { label: 'a ZIP / Word document', head: bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0), mime: null },
    { label: 'HTML', head: ascii('<html><b'), mime: null },
    { label: 'empty', head: bytes(), mime: null },
  ])('$label', ({ head, mime }) => {
    expect(sniffFileType(head)).toBe(mime)
  })

  it('accepts nothing that does not start with one of the three signatures', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 16 }), (head) => {
        const result = sniffFileType(head)
        if (result === 'image/jpeg') expect([...head.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff])
        else if (result === 'image/png') expect(head[0]).toBe(0x89)
        else if (result === 'application/pdf') expect(String.fromCharCode(...head.slice(0, 5))).toBe('%PDF-')
        else expect(result).toBeNull()
      }),
    )
  })
})
