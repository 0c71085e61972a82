/**
 * Header helpers of `mime-reader.ts`, each reading as postal-mime 4 does: structured values (`type/subtype;
 * name=value; …`), comments, and the trimming of header lines.
 * @module
 */

const CR = 0x0d

/** A structured header value: its lower-cased value and its parameters (the first of a repeated one). */
export interface Structured {
  value: string
  params: Record<string, string>
}

/**
 * A structured header value (`type/subtype; name=value; …`) the way postal-mime's parser reads it: the first of a
 * repeated parameter wins, quoted strings keep their spaces, junk after a closing quote is dropped. Comments and
 * RFC 2231 sections are left to postal-mime (null).
 */
export function readStructured(header: string): Structured | null {
  if (hasComment(header)) return null
  try {
    return (header.includes('\\') ? null : structuredSimple(header)) ?? structuredByChar(header)
  } catch (err) {
    if (err === SECTIONED) return null
    throw err
  }
}

/** Thrown by {@link storeParam} on an RFC 2231 section (`name*0=`), which only postal-mime joins. */
const SECTIONED = new (class Sectioned {})()

const QUOTED = /^[ \t]*"([^"]*)"[ \t]*$/

/**
 * The common shape — `;`-separated parameters, each a bare token or one whole quoted string — read by splitting;
 * null for anything else (a quote elsewhere, a `;` inside quotes), which {@link structuredByChar} reads.
 */
function structuredSimple(header: string): Structured | null {
  const segments = header.split(';')
  const first = segments[0]!
  if (first.includes('"')) return null
  const result: Structured = { value: trimWsp(first).toLowerCase(), params: {} }
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]!
    const eq = segment.indexOf('=')
    if (eq < 0) {
      if (segment.includes('"')) return null
      const name = segment.trim().toLowerCase()
      if (name) storeParam(result, name, '')
      continue
    }
    const name = segment.slice(0, eq)
    const raw = segment.slice(eq + 1)
    if (name.includes('"')) return null
    let value: string
    if (raw.includes('"')) {
      const quoted = QUOTED.exec(raw)
      if (!quoted) return null
      value = quoted[1]!
    } else value = trimWsp(raw)
    storeParam(result, name.trim().toLowerCase(), value)
  }
  return result
}

function storeParam(result: Structured, name: string, value: string): void {
  if (name.includes('*')) throw SECTIONED
  if (!Object.hasOwn(result.params, name)) result.params[name] = value
}

/** postal-mime's character-by-character reading of a structured header (comments already excluded). */
function structuredByChar(header: string): Structured {
  const result: Structured = { value: '', params: {} }
  let key: string | null = null
  let stage: 'key' | 'value' = 'value'
  let value = ''
  let pending = ''
  let quote = false
  let closed = false
  let escaped = false
  const add = (c: string) => {
    if (value.length) value += pending
    pending = ''
    value += c
  }
  const take = () => {
    const v = value
    value = ''
    pending = ''
    closed = false
    return v
  }
  const store = (name: string, v: string) => {
    if (name.includes('*')) throw SECTIONED
    if (!Object.hasOwn(result.params, name)) result.params[name] = v
  }
  const storeValue = () => {
    const v = take()
    if (key === null) result.value = v
    else store(key, v)
  }
  const storeEmptyKey = () => {
    const name = take().trim()
    if (name) store(name.toLowerCase(), '')
  }
  for (let i = 0; i < header.length; i++) {
    const c = header.charAt(i)
    if (stage === 'key') {
      if (c === '=') {
        key = take().trim().toLowerCase()
        stage = 'value'
      } else if (c === ';') storeEmptyKey()
      else value += c
      continue
    }
    if (escaped) add(c)
    else if (quote && c === '\\') {
      escaped = true
      continue
    } else if (quote && c === '"') {
      quote = false
      closed = true
    } else if (!quote && c === '"') {
      quote = true
      if (value.length) value += pending
      pending = ''
    } else if (!quote && c === ';') {
      storeValue()
      stage = 'key'
    } else if (!quote && (c === ' ' || c === '\t')) pending += c
    else if (!closed) add(c)
    escaped = false
  }
  if (stage === 'value') storeValue()
  else storeEmptyKey()
  result.value = result.value.toLowerCase()
  return result
}

/** Whether a structured header has a comment: a `(` outside quoted strings (postal-mime strips those first). */
export function hasComment(header: string): boolean {
  if (!header.includes('(')) return false
  let quoted = false
  for (let i = 0; i < header.length; i++) {
    const c = header.charCodeAt(i)
    if (c === 0x5c) i++
    else if (c === 0x22) quoted = !quoted
    else if (c === 0x28 && !quoted) return true
  }
  return false
}

export function trimCarriageReturns(line: string): string {
  let end = line.length
  while (end > 0 && line.charCodeAt(end - 1) === CR) end--
  return end === line.length ? line : line.slice(0, end)
}

/** Trims only space and tab (RFC 5322 WSP), as postal-mime does. */
export function trimWsp(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}
