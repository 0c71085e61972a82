import { describe, expect, it } from 'vitest'
import {
  signUndo,
  signUnsubscribeToken,
  UNDO_WINDOW_MS,
  verifyUndo,
  verifyUnsubscribeToken,
} from '../../src/lib/unsubscribe-token'
import VECTORS from '../fixtures/unsubscribe/token-vectors.json'

const target = { address: 'jane@example.com', tenant: 'acme', stream: 'newsletter' }
const secrets = ['first-secret']

describe('unsubscribe tokens', () => {
  it('round-trips the address, tenant and stream (null stream: the whole tenant)', async () => {
    expect(await verifyUnsubscribeToken(await signUnsubscribeToken(target, secrets), secrets)).toEqual(target)
    const whole = { ...target, stream: null }
    expect(await verifyUnsubscribeToken(await signUnsubscribeToken(whole, secrets), secrets)).toEqual(whole)
  })

  it('is URL-safe and short enough for a header', async () => {
    const token = await signUnsubscribeToken(target, secrets)
    expect(token).toMatch(/^u1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/)
    expect(token.length).toBeLessThan(120)
  })

  it('refuses a token moved to another address or scope, or with a changed MAC', async () => {
    const token = await signUnsubscribeToken(target, secrets)
    const other = await signUnsubscribeToken({ ...target, address: 'john@example.com' }, secrets)
    const [, payload, macPart] = token.split('.')
    const [, otherPayload] = other.split('.')
    expect(await verifyUnsubscribeToken(`u1.${otherPayload}.${macPart}`, secrets)).toBeNull()
    const flipped = macPart!.slice(0, -1) + (macPart!.endsWith('A') ? 'B' : 'A')
    expect(await verifyUnsubscribeToken(`u1.${payload}.${flipped}`, secrets)).toBeNull()
    expect(await verifyUnsubscribeToken(`u2.${payload}.${macPart}`, secrets)).toBeNull()
    expect(await verifyUnsubscribeToken(`u1.${payload}.${macPart}A`, secrets)).toBeNull()
  })

  it('matches the shared vectors (computed with Node crypto; the client library makes the same)', async () => {
    for (const v of VECTORS.vectors) {
      const secretList = v.secret.split(',').map((s) => s.trim())
      expect(await signUnsubscribeToken(v.target, secretList)).toBe(v.token)
      expect(await verifyUnsubscribeToken(v.token, secretList)).toEqual(v.target)
    }
  })

  it('refuses the token with any one character changed, in the payload or the MAC', async () => {
    const token = await signUnsubscribeToken(target, secrets)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (let i = 3; i < token.length; i++) {
      if (token[i] === '.') continue
      // Every other character, including those differing only in a base64 character's unused low bits.
      for (const c of alphabet.replace(token[i]!, '')) {
        const changed = token.slice(0, i) + c + token.slice(i + 1)
        expect(await verifyUnsubscribeToken(changed, secrets), changed).toBeNull()
      }
    }
  })

  it('refuses a wrong secret, and accepts every secret of a rotation list', async () => {
    const token = await signUnsubscribeToken(target, ['old'])
    expect(await verifyUnsubscribeToken(token, ['new'])).toBeNull()
    expect(await verifyUnsubscribeToken(token, ['new', 'old'])).toEqual(target)
  })

  it('refuses garbage without throwing', async () => {
    for (const junk of ['', 'u1', 'u1..', 'u1.!!.!!', 'u1.a.b.c', `u1.${'A'.repeat(5000)}.x`]) {
      expect(await verifyUnsubscribeToken(junk, secrets)).toBeNull()
    }
  })

  it('signs an undo stamp valid only for its token, time and window', async () => {
    const token = await signUnsubscribeToken(target, secrets)
    const at = Date.parse('2026-12-04T12:00:00Z')
    const stamp = await signUndo(token, at, secrets)
    expect(await verifyUndo(token, at, stamp, secrets, at + 60_000)).toBe(true)
    expect(await verifyUndo(token, at, stamp, secrets, at + UNDO_WINDOW_MS + 1)).toBe(false)
    expect(await verifyUndo(token, at + 1, stamp, secrets, at + 60_000)).toBe(false)
    const other = await signUnsubscribeToken({ ...target, stream: null }, secrets)
    expect(await verifyUndo(other, at, stamp, secrets, at + 60_000)).toBe(false)
    const last = stamp.at(-1) === 'A' ? 'B' : String.fromCharCode(stamp.charCodeAt(stamp.length - 1) ^ 1)
    expect(await verifyUndo(token, at, stamp.slice(0, -1) + last, secrets, at + 60_000)).toBe(false)
  })
})
