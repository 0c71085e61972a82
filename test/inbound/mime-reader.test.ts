/**
 * The MIME reader inside workerd (its TextDecoder is not Node's): the decoders it relies on exist there and give
 * the text Node gives. The equivalence with postal-mime is proved in test/oracles/mime-reader.oracle.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { readMail } from '../../src/inbound/mime-reader'

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)
const message = (type: string, encoding: string, body: string) =>
  bytes(
    `Message-ID: <r@example.com>\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="Boundary_(ID_1)"\r\n\r\n--Boundary_(ID_1)\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n--Boundary_(ID_1)\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; user@example.com\r\nStatus: 5.1.1\r\n\r\n--Boundary_(ID_1)--\r\n`
  )

describe('readMail in workerd', () => {
  it('reads a DSN: headers, text, the delivery-status part and the Message-ID', () => {
    const mail = readMail(message('text/plain; charset=us-ascii', '7bit', 'Delivery failed.'))
    expect(mail?.text).toBe('Delivery failed.\n')
    expect(mail?.messageId).toBe('<r@example.com>')
    expect(mail?.attachments).toEqual([
      {
        mimeType: 'message/delivery-status',
        content: 'Final-Recipient: rfc822; user@example.com\nStatus: 5.1.1\n\n',
        filename: null,
      },
    ])
  })

  it('decodes Latin-1, base64 UTF-8, quoted-printable and ISO-2022-JP text', () => {
    expect(
      readMail(message('text/plain; charset=iso-8859-1', '8bit', 'Destinataire inconnu: r\xe9ponse'))?.text
    ).toBe('Destinataire inconnu: réponse\n')
    const utf8 = btoa(String.fromCharCode(...new TextEncoder().encode('Empfänger unbekannt')))
    expect(readMail(message('text/plain; charset=utf-8', 'base64', utf8))?.text).toBe('Empfänger unbekannt')
    expect(
      readMail(message('text/plain; charset=utf-8', 'quoted-printable', 'caf=C3=A9 =\r\nok'))?.text
    ).toBe('café ok\n')
    expect(readMail(message('text/plain; charset=iso-2022-jp', '7bit', '\x1b$B$3$s\x1b(B'))?.text).toBe(
      'こん\n'
    )
  })

  it('decodes only the parts the caller reads', () => {
    const mail = readMail(message('image/png', 'base64', 'iVBORw0KGgo='), (type) => type !== 'image/png')
    expect(mail?.attachments.map((a) => [a.mimeType, a.content !== ''])).toEqual([
      ['image/png', false],
      ['message/delivery-status', true],
    ])
  })

  it('decodes a base64 part padded on every one of 100,000 lines (one unit per line)', () => {
    const mail = readMail(message('message/delivery-status', 'base64', 'QQ==\r\n'.repeat(100_000)))
    expect(mail?.attachments[0]?.content).toBe('A'.repeat(100_000))
  })

  it('leaves what it does not reproduce to postal-mime', () => {
    expect(readMail(message('text/plain; name*0="a"; name*1="b"', '7bit', 'x'))).toBeNull()
  })
})
