import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/inbound/html-text'
import { parseBounce } from '../../src/inbound/parse'

describe('the text of an HTML-only report', () => {
  it('decodes the entities a report escapes its reply with', () => {
    expect(
      htmlToText('550 5.1.1 &lt;jane@example.org&gt;: couldn&#39;t &amp; won&apos;t &#x41;&nbsp;B')
    ).toBe("550 5.1.1 <jane@example.org>: couldn't & won't A B")
  })

  it('drops what a reader never sees: the head, styles, scripts and comments', () => {
    const html =
      '<html><head><title>NDR</title><style>p { margin: 0 }</style></head><body><!-- id 7 -->' +
      '<script>var a = 1</script><p>Delivery failed</p></body></html>'
    expect(htmlToText(html).trim()).toBe('Delivery failed')
  })

  it('keeps an element whose name only begins like a hidden one (<header> is no <head>)', () => {
    expect(htmlToText('<header>Undeliverable</header><p>body</p>')).toContain('Undeliverable')
  })

  it('ends a line where a block ends, and keeps table cells apart', () => {
    const text = htmlToText('<p>one</p><div>two<br>three</div><table><tr><td>a</td><td>b</td></tr></table>')
    expect(text.split('\n').filter((line) => line.trim())).toEqual(['one', 'two', 'three', 'a b'])
  })

  it("reads Outlook's paragraphs one after another as lines of one block, an empty one as a blank line", () => {
    // Outlook's plain text turned HTML ("MsoPlainText") sets every line in a <p> of its own with no margin.
    const html =
      '<p class=MsoPlainText>said: 550 5.1.1 Unknown user (in reply to</p>\r\n<p class=MsoPlainText>    RCPT TO ' +
      'command)</p><p class=MsoPlainText>&nbsp;</p><p class=MsoPlainText>next</p>'
    expect(htmlToText(html).trim().split('\n')).toEqual([
      'said: 550 5.1.1 Unknown user (in reply to',
      'RCPT TO command)',
      '',
      'next',
    ])
  })

  it("keeps other paragraphs blocks apart, as a browser's margins show them", () => {
    const html =
      '<p>Delivery to joe@example.org failed:</p><p>421 4.7.0 Try again later</p>' +
      '<p>Delivery to ann@example.org failed:</p><p>550 5.1.1 User unknown</p>'
    expect(htmlToText(html).trim().split('\n').filter(Boolean)).toHaveLength(4)
    expect(htmlToText(html)).toContain('Try again later\n\nDelivery to ann')
  })

  it("reads the source's line breaks as spaces, as a browser does, but inside <pre>", () => {
    // A text report pasted as "line<br>" + newline is one line per line, not a blank line after each.
    expect(htmlToText('<p>one<br>\r\ntwo<br>\r\nthree</p>').split('\n').filter(Boolean)).toEqual([
      'one',
      'two',
      'three',
    ])
    expect(htmlToText('<p>a wrapped\r\nsentence</p>').trim()).toBe('a wrapped sentence')
    expect(htmlToText('<pre>one\r\n   two</pre>').trim().split(/\r?\n/)).toEqual(['one', 'two'])
    // A tag that only begins like <pre> keeps nothing of it.
    expect(htmlToText('<preview>a\nb</preview><p>c</p>').trim().split('\n')[0]).toBe('a b')
  })

  it('keeps the source lines of a document that makes no line of its own, or keeps them by style', () => {
    const html =
      '<html><body>\n&lt;ann@example.org&gt;: 550 5.1.1 User unknown\n&lt;bob@example.org&gt;: 452 Full\n</body></html>'
    expect(htmlToText(html).split('\n').filter(Boolean)).toEqual([
      '<ann@example.org>: 550 5.1.1 User unknown',
      '<bob@example.org>: 452 Full',
    ])
    expect(htmlToText('<div style="white-space: pre-wrap">a\nb</div>').split('\n').filter(Boolean)).toEqual([
      'a',
      'b',
    ])
  })

  it("decodes Latin-1 letters' and typographic entities (a localized NDR's 'Empf&auml;ngers')", () => {
    expect(htmlToText('<p>Empf&auml;ngers &Auml; couldn&rsquo;t &frac12;</p>').trim()).toBe(
      "Empfängers Ä couldn't ½"
    )
  })

  it('keeps the text after an element that is never closed', () => {
    expect(htmlToText('<style>broken <p>550 user unknown</p>')).toContain('550 user unknown')
  })

  it('reads an Exchange Online NDR sent as HTML only: its reply, not its style sheet', async () => {
    const html =
      '<html><head><style>p{margin:0}</style></head><body><p><b>Your message to ' +
      '<a href="mailto:jane@example.org">jane@example.org</a> couldn&#39;t be delivered.</b></p>' +
      '<p>Diagnostic information for administrators:</p><p>Generating server: mail.example.net<br>' +
      "jane@example.org<br>Remote Server returned '550 5.1.1 &lt;jane@example.org&gt;: Recipient address rejected: " +
      "User unknown in virtual mailbox table'</p></body></html>"
    const raw =
      'From: Microsoft Outlook <postmaster@example.net>\r\nTo: a@example.net\r\nSubject: Undeliverable: hello\r\n' +
      `MIME-Version: 1.0\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n${html}\r\n`
    const [event] = (await parseBounce(raw)).results
    expect(event).toMatchObject({ address: 'jane@example.org', classification: { reason: 'userunknown' } })
    expect(event?.diagnostic).not.toContain('margin')
  })
})
