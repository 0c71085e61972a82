/**
 * Whether a report's hosts show a refusal from the reporting MTA's own organisation: the reporter and the refusing host
 * under one organisational domain that is not the recipient's (out.sender.example and relay.sender.example for
 * joe@gmail.com). Such a host is the sender's smarthost, whose refusal is about the sender, not about the recipient's
 * server. The organisational domain is a coarse one (the last two labels, three under a country's second level such as
 * co.uk or ne.jp): no public-suffix list, so two hosts under one country's second level never count as one
 * organisation unless their third labels agree.
 * @module
 */

/** `hosts` as `classify` gets them: the recipient's domain first, then the hosts the report names. */
export function refusedByOwnRelay(hosts: readonly string[] | null | undefined): boolean {
  if (!hosts || hosts.length < 3) return false
  const recipient = organisation(hosts[0]!)
  const named = hosts
    .slice(1)
    .map(organisation)
    .filter((o): o is string => o !== null && o !== recipient)
  return new Set(named).size < named.length
}

/** Country second levels under which an organisation takes three labels (co.uk, com.au, ne.jp, …). */
const COUNTRY_SECOND_LEVEL = /^(?:co|com|net|org|ac|gov|edu|ne|or|go|gr|lg|ad|ed)$/

function organisation(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '')
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(name) || /^[\d.]+$/.test(name)) return null
  const labels = name.split('.')
  const take =
    labels.length >= 3 && labels.at(-1)!.length === 2 && COUNTRY_SECOND_LEVEL.test(labels.at(-2)!) ? 3 : 2
  return labels.slice(-take).join('.')
}
