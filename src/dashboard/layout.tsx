/**
 * The page frame: head (the one stylesheet), the navigation a caller's scopes allow, who is signed in, sign out,
 * and a notice line. Every page renders inside it.
 * @module
 */
import type { Child } from 'hono/jsx'
import type { Scope } from '../lib/scopes'

export interface Viewer {
  actor: string
  scopes: readonly Scope[]
  csrf: string
}

export interface Notice {
  kind: 'ok' | 'warn' | 'error'
  text: string
}

const NAV: { href: string; label: string; scope: Scope }[] = [
  { href: '/dashboard', label: 'Overview', scope: 'read' },
  { href: '/dashboard/suppressions', label: 'Suppressions', scope: 'read' },
  { href: '/dashboard/restore', label: 'Restore', scope: 'write' },
  { href: '/dashboard/import', label: 'Import', scope: 'write' },
  { href: '/dashboard/dead-letters', label: 'Dead letters', scope: 'read' },
  { href: '/dashboard/keys', label: 'Keys', scope: 'admin' },
  { href: '/dashboard/endpoints', label: 'Endpoints', scope: 'admin' },
]

export function Document(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Ricochet`}</title>
        <link rel="stylesheet" href="/dashboard/assets/app.css" />
      </head>
      <body>{props.children}</body>
    </html>
  )
}

export function Layout(props: {
  title: string
  viewer: Viewer
  current: string
  notice?: Notice | null
  children: Child
}) {
  const { viewer } = props
  return (
    <Document title={props.title}>
      <header class="top">
        <a class="brand" href="/dashboard">
          Ricochet
        </a>
        <nav aria-label="Dashboard">
          <ul>
            {NAV.filter((item) => viewer.scopes.includes(item.scope)).map((item) => (
              <li>
                <a href={item.href} aria-current={item.href === props.current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>
            Signed in as <strong>{viewer.actor}</strong> (
            {viewer.scopes.filter((s) => s !== 'check').join(', ')})
          </span>
          <form method="post" action="/dashboard/logout">
            <CsrfField token={viewer.csrf} />
            <button type="submit">Sign out</button>
          </form>
        </div>
      </header>
      <main>
        <h1>{props.title}</h1>
        {props.notice ? <NoticeBanner notice={props.notice} /> : null}
        {props.children}
      </main>
    </Document>
  )
}

export function NoticeBanner(props: { notice: Notice }) {
  return (
    <div class={`banner ${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
      {props.notice.text}
    </div>
  )
}

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />
}
