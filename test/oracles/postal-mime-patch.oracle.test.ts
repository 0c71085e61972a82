/**
 * `patches/postal-mime+4.0.0.patch` (applied by `patch-package` on install) joins each MIME part's decoded
 * chunks directly instead of through a `Blob`, which in Node costs a transferable object per line. These tests
 * prove the patch is in place and that the bytes still come out as Node's own decoders produce them.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'

const dist = (flavor: 'esm' | 'cjs', file: string) =>
  readFileSync(new URL(`../../node_modules/postal-mime/dist/${flavor}/${file}`, import.meta.url), 'utf8')

/** A one-part message with the given transfer encoding, decoded to bytes by postal-mime. */
async function decoded(encoding: string, body: string): Promise<Buffer> {
  const raw = `From: a@example.com\r\nSubject: t\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=x.bin\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}`
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' })
  expect(email.attachments).toHaveLength(1)
  return Buffer.from(email.attachments[0]!.content as ArrayBuffer)
}

describe('postal-mime patch: decoded parts are joined without a Blob', () => {
  it('is applied to both builds (npm install runs patch-package)', () => {
    for (const flavor of ['esm', 'cjs'] as const) {
      for (const file of ['pass-through-decoder.js', 'base64-decoder.js', 'qp-decoder.js']) {
        expect(dist(flavor, file), `${flavor}/${file}`).not.toContain('new Blob(')
        expect(dist(flavor, file), `${flavor}/${file}`).toContain('chunksToArrayBuffer')
      }
    }
  })

  it('decodes base64 parts as Buffer does, line-wrapped and with padding inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 4 }),
        async (units) => {
          // Each unit is encoded on its own, so '=' padding can appear mid-body as some mailers write it.
          const body = units
            .map((u) => Buffer.from(u).toString('base64'))
            .join('')
            .replace(/.{1,76}/g, '$&\r\n')
          expect(await decoded('base64', body)).toEqual(Buffer.concat(units.map((u) => Buffer.from(u))))
        }
      )
    )
  })

  it('keeps 8bit lines byte for byte, each ending in a line feed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !/[\r\n]/.test(s)),
          {
            minLength: 1,
            maxLength: 20,
          }
        ),
        async (lines) => {
          const body = lines.map((l) => `${l}\r\n`).join('')
          expect(await decoded('8bit', body)).toEqual(
            Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8')
          )
        }
      )
    )
  })

  it('decodes quoted-printable escapes and soft breaks', async () => {
    const expected = Buffer.from('Grüße — 100% sure\nnext line\n', 'utf8')
    expect(
      await decoded('quoted-printable', 'Gr=C3=BC=C3=9Fe =E2=80=94 100=25 su=\r\nre\r\nnext line\r\n')
    ).toEqual(expected)
  })
})
