/**
 * The first family tried: an Exchange NDR code is the server's own verdict, whatever words follow it.
 * @module
 */
import type { PhraseRule } from './rule'

/** Microsoft Exchange's own NDR codes (`550 5.1.1 RESOLVER.ADR.RecipNotFound; not found`): each names its cause. */
export const EXCHANGE_CODES: readonly PhraseRule[] = (
  [
    ['userunknown', /\bRESOLVER\.ADR\.(?:Ex)?Recip(?:ient)?NotFound\b/i],
    // Exchange transport's replies (its AckReason table): the DNS answers for its own outbound proxy ("… while
    // resolving the outbound proxy frontend server fqdn"), a broken DNS answer and its routing table's faults are the
    // sending side's DNS or configuration, not a domain that does not exist.
    ['networkerror', /\bSMTPSEND\.DNS\.\w+;[^;]{0,120}\boutbound proxy frontend server/i],
    ['hostunknown', /\bSMTPSEND\.DNS\.NonExistentDomain\b/i],
    ['networkerror', /\bSMTPSEND\.DNS\.(?:MxLoopback|InvalidData)\b/i],
    ['networkerror', /\bROUTING\.No(?:NextHop|ConnectorForAddressType)\b/i],
    ['systemerror', /\bRESOLVER\.ADR\.(?:BadPrimary|InvalidInSmtp|Ambiguous)\b/i],
    // The transport's own acknowledgement reasons (Exchange Server's AckReason): a recipient object, contact, forwarding
    // address, public folder or dynamic list the organization misconfigured, a store that is offline or busy. The
    // organization's trouble, not a dead address (their 5.2.0 and 5.3.2 would read a filter's or a host accepting no
    // mail). Not "STOREDRV; mailbox logon failure": Exchange Online answers a sender's own SMTP AUTH submission so when
    // it may not send as the From, every recipient alike.
    [
      'systemerror',
      /\bRESOLVER\.(?:ADR\.Invalid|CON\.UnencapTarget|FWD\.Invalid|PF\.InTransit|GRP\.DDLQuery)\b/i,
    ],
    ['systemfull', /\bSTOREDRV(?:\.\w+)?; mailbox disk is full\b/i],
    ['systemerror', /\bSTOREDRV(?:\.\w+)?; mailbox (?:server|database) is (?:offline|too busy)/i],
    [
      'systemerror',
      /\bSTOREDRV\.Deliver; (?:missing or bad storedriver mdb properties|directory misconfiguration)/i,
    ],
    // A message that crashed the store, or that the transport fears would crash the remote server: the message's fault.
    ['contenterror', /\bSTOREDRV\.Deliver; message is treated as poison\b|\bSMTPSEND\.PoisonForRemote\b/i],
    ['networkerror', /\bSMTPSEND\.SuspiciousRemoteServerError\b/i],
    ['hostunknown', /\bROUTING\.InvalidAddress; invalid address domain\b/i],
    ['ratelimited', /\bRESOLVER\.ADR\.RecipLimit\b/i],
    // A group or mailbox that takes mail from authenticated senders only; Exchange Online's 5.7.133/5.7.134 name the
    // same restriction (Microsoft Learn, "Email delivery to Microsoft 365 groups fails in hybrid configuration").
    ['securityerror', /\bRESOLVER\.RST\.(?:AuthRequired|SenderNotAuthenticatedFor(?:Group|Mailbox))\b/i],
    ['rejected', /\bRESOLVER\.RST\.NotAuthorized\b/i],
    // NotAuthorized's words in Exchange Online's NDR for a group restricted to its organization or allowed senders
    // ("The group X only accepts messages from people in its organization or on its allowed senders list").
    ['rejected', /\bonly accepts messages from people in its organization or on its allowed senders list\b/i],
    ['emailtoolarge', /\bRESOLVER\.RST\.RecipSizeLimit\b/i],
    ['expired', /\bQUEUE\.Expired\b/i],
    // Exchange Online's expiry codes name the last attempt's failure after "Message expired" ("550 5.4.316 Message
    // expired, connection refused"); its 4.4.317/4.4.318 deferrals are a failed or dropped connection.
    ['expired', /\b5\.4\.3(?:00|1[678]) message expired\b/i],
    // But for Microsoft's article on "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]": the remote
    // server's certificate chain is not trusted (a TLS failure).
    ['failedstarttls', /\b4\.4\.317\b.{0,80}\[message=untrustedroot\]/i],
    ['networkerror', /\b4\.4\.31[78]\b/],
    // Exchange Online's NDR articles: the sender's own organization's rules ("… are blocked by your organization using
    // Tenant Allow Block List", 5.7.703; "Your organization does not allow external forwarding", 5.7.520 AS(7555)); a
    // connector's allow list refusing the sending IP ("Unable To Relay: Blocked by Customer Allow list"); a mailbox
    // over its item limit ("STOREDRV.Deliver.Exception:…MapiExceptionMaxObjsExceeded", under "4.3.2 mailbox busy";
    // not the submitting side's, STOREDRV.Submit, which is the sender's own mailbox).
    ['policyviolation', /\bblocked by your organization using tenant allow block list\b/i],
    ['policyviolation', /\bdoes not allow external forwarding\b/i],
    ['blocked', /\bblocked by customer allow list\b/i],
    ['mailboxfull', /\bSTOREDRV\.Deliver\.Exception:(?:\w+\.)?MapiExceptionMaxObjsExceeded\b/i],
  ] as const
).map(([reason, pattern]) => ({ reason, name: 'exchange-code', pattern }))
