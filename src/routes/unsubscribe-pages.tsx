/**
 * The pages of the public unsubscribe routes (src/routes/unsubscribe.ts): plain server-rendered HTML, no script,
 * no external resources. They show the recipient's own address (the token names it) and nobody else's.
 * @module
 */
import type { Child } from 'hono/jsx'
import type { UnsubscribeTarget } from '../lib/unsubscribe-token'

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}' +
  'button{font:inherit;padding:.5rem 1.2rem;border-radius:.3rem;border:1px solid #555;background:#f4f4f4;cursor:pointer}'

function Page(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  )
}

/** "the newsletter mail of acme" / "all mail of acme". */
function what(target: UnsubscribeTarget): string {
  return target.stream ? `${target.stream} mail from ${target.tenant}` : `all mail from ${target.tenant}`
}

/** GET /u/{token}: nothing changes until the button is pressed (link scanners only follow links). */
export function ConfirmPage(props: { target: UnsubscribeTarget; action: string }) {
  return (
    <Page title="Unsubscribe?">
      <p>
        Stop sending {what(props.target)} to <strong>{props.target.address}</strong>?
      </p>
      <form method="post" action={props.action}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit">Unsubscribe</button>
      </form>
    </Page>
  )
}

/** After the POST: done, with an "undo" that works for a few minutes. */
export function DonePage(props: {
  target: UnsubscribeTarget
  already: boolean
  undo: { action: string; at: number; stamp: string } | null
}) {
  return (
    <Page title="You are unsubscribed">
      <p>
        {props.already ? 'You were already unsubscribed from ' : 'You will no longer receive '}
        {what(props.target)} at <strong>{props.target.address}</strong>.
      </p>
      {props.undo ? (
        <form method="post" action={props.undo.action}>
          <input type="hidden" name="at" value={String(props.undo.at)} />
          <input type="hidden" name="stamp" value={props.undo.stamp} />
          <button type="submit">Undo</button>
        </form>
      ) : null}
    </Page>
  )
}

export function UndonePage(props: { target: UnsubscribeTarget; undone: boolean }) {
  return (
    <Page title={props.undone ? 'Subscribed again' : 'Nothing to undo'}>
      <p>
        {props.undone
          ? `You will receive ${what(props.target)} at ${props.target.address} again.`
          : 'This unsubscribe can no longer be undone here (the few minutes have passed, or it was undone already).'}
      </p>
    </Page>
  )
}

export function InvalidPage(props: { reason: 'invalid' | 'unavailable' }) {
  return (
    <Page title={props.reason === 'invalid' ? 'This link is not valid' : 'Unsubscribing is not available'}>
      <p>
        {props.reason === 'invalid'
          ? 'The link may have been cut or changed. Use the unsubscribe link of a recent message.'
          : 'Please try again later, or reply to the message and ask to be removed.'}
      </p>
    </Page>
  )
}
