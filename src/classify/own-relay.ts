/**
 * Whether a report's hosts show a refusal from the reporting MTA's own organisation: the reporter and the refusing host
 * under one organisational domain that is not the recipient's (out.sender.example and relay.sender.example for
 * joe@gmail.com). Such a host is the sender's smarthost, whose refusal is about the sender, not about the recipient's
 * server. The organisational domain is a coarse one (the last two labels, three under a country's short second level
 * such as co.uk, me.uk or ne.jp): no public-suffix list, so two customers of one cloud or dynamic-DNS domain
 * (amazonaws.com, ddns.net) count as one organisation, and the refusal reads as the pre-stop-48 block it was; a DSN that
 * the recipient's own provider writes for its backend (Reporting-MTA and Remote-MTA both its hosts) does too, where a
 * dead address then goes uncounted (review of stop 48: telling the two apart needs the sender's own domain).
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

/**
 * Under a country's two-letter domain, a second level of up to three letters is taken for a registry's (co.uk, me.uk,
 * ltd.uk, com.au, ne.jp, …): the organisation is then three labels.
 */
const COUNTRY_SECOND_LEVEL = /^[a-z]{1,3}$/

function organisation(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '')
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(name) || /^[\d.]+$/.test(name)) return null
  const labels = name.split('.')
  const take =
    labels.length >= 3 && labels.at(-1)!.length === 2 && COUNTRY_SECOND_LEVEL.test(labels.at(-2)!) ? 3 : 2
  return labels.slice(-take).join('.')
}
