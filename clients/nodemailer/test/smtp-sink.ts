/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that refuses `dead@…` at RCPT with
 * `550 5.1.1 User unknown`, accepts everyone else, and records each connection and each accepted message.
 * @module
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface Delivered {
  from: string
  to: string[]
  raw: string
}

export interface Sink {
  port: number
  /** SMTP sessions opened (a dropped message must open none). */
  connections: number
  delivered: Delivered[]
  close(): Promise<void>
}

export async function startSink(): Promise<Sink> {
  const sink: Omit<Sink, 'port' | 'close'> = { connections: 0, delivered: [] }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      sink.connections++
      callback()
    },
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().startsWith('dead@')) {
        const refusal = Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 })
        return callback(refusal)
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        sink.delivered.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return Object.assign(sink, {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}
