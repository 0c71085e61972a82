/**
 * Phrase families about the recipient's mailbox: unknown, full, disabled, moved or filtering. Ordered in
 * `index.ts`.
 * @module
 */
import { anyOf, type PhraseRule } from './rule'

export const RECIPIENT_FILTER: PhraseRule = {
  // The recipient (or its provider on its behalf) chose not to receive this sender's mail.
  reason: 'filtered',
  name: 'recipient-filter',
  pattern: anyOf(
    [
      // NAVER Mail: "받는 사람이 회원님의 메일을 수신차단 하였습니다" (the recipient blocked your mail); Dooray!: "받는 사람이 현재 메일
      // 수신을 제한하고 있습니다" (the recipient restricts incoming mail), in English "Your mail was denied from the receiver".
      /수신차단 하였습니다|메일 수신을 제한하고 있습니다|\byour mail was denied from the receiver\b/,
      // RFC 5429 (2.2.1, a Sieve "reject" or "ereject"): "The message was refused by the recipient's mail filtering program."
      /\brefused by the recipient's mail filtering program\b/,
      // AOL's refusal for one mailbox ("<address> is not accepting any mail", as Sisimai files it): the address's own
      // setting. A host that takes no mail is `accepts-no-mail`, which this comes before.
      /(?<=x@x\.x>?:? )is not accepting (?:any )?(?:e-?)?mails?\b(?! with| from)/,
      // mlmmj 1.3 (deny-post, access: de, fr, cs): the list administrator's access rules refused the post.
      /vom listenadministrator aufgestellten zugangsregeln|règle d'accès définie par l'administrateur|přístupovými právy ke konferenci stanovenými správcem/,
      // GNU Mailman 2.1 (SpamDetect.py, a list's header filter rules): "Message rejected by filter rule match" and its de,
      // fr and it translations.
      /\bmessage rejected by filter rule match\b|nachricht wurde durch filter-regeln blockiert/,
      /message rejeté par correspondance avec une règle de filtrage|messaggio respinto a causa di una regola di filtro/,
      // Tencent QQ Mail's codes: "550 Mail is rejected by recipients" (the recipient's own rule); AOL's help: "550
      // joe@aol.com is not accepting mail from this sender"; XMail (Errors.cpp ERR_FILTERED_MESSAGE): "Message rejected
      // by server filters".
      /\bmail is rejected by recipients\b|\bis not accepting mail from this sender\b|\bmessage rejected by server filters\b/,
      // AOL's AIRmail notice of a member's own block list: "Your mail to the following recipients could not be
      // delivered because they are not accepting mail from a@example.net:" (the members, not a host, refuse the sender).
      /\bbecause they are not accepting (?:e-?)?mail from\b/,
      // Postal: "550 Route does not accept incoming messages" (the recipient's organisation set the route to Reject).
      /\broute does not accept incoming messages\b/,
      // spamdyke (REJECTION_RECIPIENT_BLACKLISTED): "Mail is not being accepted at this address."
      /\bmail is not being accepted at this address\b/,
      /only accepting mail from specific/,
      /recipient(?:'s)? preferences/,
      /restricted sms e-?mail/,
      /account is protected by/,
      /\buser reject/,
      /blocked by the recipient/,
      /rejected due to user rules/,
      /refuses to receive this mail/,
      /refuses? to receive (?:mail|e-?mail|messages)/,
      // Interia's help: "550 5.7.1 Recipient doesn't want your mail" (the sender is on the recipient's block list).
      /recipient (?:does not|doesn'?t) want (?:your|this) (?:mail|e-?mail|message)/,
      // Winmail Server: "delivery failure: the message matches up to the filter rule(level: system, name:…)".
      /\bmatches (?:up to )?the filter rule\b/,
    ],
    'i'
  ),
}

export const MAILBOX_FULL: PhraseRule = {
  reason: 'mailboxfull',
  name: 'mailbox-full',
  pattern: anyOf(
    [
      // Exchange's NDR in Spanish for a full mailbox: "El buzón del destinatario está lleno y no puede aceptar mensajes." (a
      // real NDR of four recipients, pastebin.com HGKcccQU).
      /\bbuzón del destinatario está lleno\b/,
      // latinmail.com's refusal at RCPT TO (quoted in sisimai/p5-sisimai issue 66): "550 <…>: Destinatario desconocido o
      // mailbox lleno" ("unknown recipient or mailbox full"): it cannot tell which, so the full mailbox, which counts
      // without suppressing a live address at once.
      /\bdestinatario desconocido o (?:mailbox|buzón) lleno\b/,
      // IMail (SMTP32): "User mailbox exceeds allowed size" (as Sisimai files it): the mailbox over its size, which the
      // too-large family (a message over the size limit) leaves to this one.
      /\bmail ?box exceeds? (?:the )?(?:maximum |max )?(?:allowed |permitted )?size\b/,
      // Alibaba Mail's help on returned mail: "收信人收件箱已满，无法收信。" (the inbox is full).
      /收件箱已(?:满|滿)/,
      // SmarterMail: "The domain size limit has been exceeded" (hosts' help: "your email account has exceeded the space
      // limit allotted", domaincentral.com.au; "users will no longer receive new emails", support.dytek.net).
      /\bdomain size limit (?:has been )?exceeded\b/,
      // GNU Mailutils 3.15's mda, translated ("%s: mailbox quota exceeded for this recipient", "%s: message would exceed
      // maximum mailbox size for this recipient"): de, fr, es, pl, ru, sv, id, ca, pt_BR, sr, uk, fi, vi; gromox's local
      // bounce templates (BOUNCE_MAILBOX_FULL): "收件人邮箱已满", "收件人郵箱已滿", "受信者のメールボックスが一杯".
      /postfachgr(?:ö|oe)(?:ß|ss)enkontingent|dépassement de quota de la boîte aux lettres|se excedió la cuota del buzón|przekroczono limit rozmiaru skrzynki/,
      /превысил квоту на размер почтового ящика|kvot för brevlåda överstigen|kuota kotak surat dilewati|s'ha excedit la quota de bústia/,
      /cota da caixa de correio excedida|квота сандучета је премашена|перевищила-б обмеження розміру скриньки/,
      /ylittäisi .{0,40}sähköpostilaatikon enimmäiskoon|vượt quá kích cỡ hộp thư tối đa|收件人(?:邮箱|郵箱)已(?:满|滿)|メールボックスが一杯/,
      // … and the catalogues' other wordings of the two messages (mailutils-common 1:3.15-4's .mo files: ca, de, es, fi,
      // fr, id, pl, pt_BR, ro, ru, sr, sv, uk, vi).
      /mida màxima de bústia|maximale postfachgr(?:ö|oe)(?:ß|ss)e|tamaño máximo del buzón|sähköpostilaatikkokiintiö ylitettiin/,
      /taille maximale de la boîte aux lettres?|ukuran maksimal kotak surat|przekroczyłaby dozwolony rozmiar skrzynki/,
      /tamanho máximo de caixa de correio|quota mail?box-ului a fost depășită|mărimea maximă a mailbox-ului/,
      /максимальный размер почтового ящика|највећу величину сандучета|maximal storlek för den här mottagarens brevlåda/,
      /вичерпано обмеження розміру скриньки|hạn ngạch hộp thư bị vượt quá/,
      // freeserve.ne.jp's notice (fml8's Japanese.pm): "…ユーザーのメールボックスが制限値に達しており、…受け取ることが出来
      // ませんでした" (the user's mailbox has reached its limit).
      /メールボックスが制限値に達して/,
      // XMail (Errors.cpp ERR_MAILBOX_SIZE): "User maximum mailbox size reached"; Exchange's MS Mail connector (KB
      // Q138054): "[017] Unable to deliver user mail due to a full mailbag."
      /\buser maximum mailbox size reached\b|\bdue to a full mailbag\b/,
      /mail ?box (?:is )?(?:full|over ?quota)/,
      // GNU Mailutils mda (its manual, Mailbox Quotas): "message would exceed maximum mailbox size for this recipient".
      /would exceed (?:the )?maximum mail ?box size/,
      // Exim's test suite (a remote's reply in its delay warning): "451 Over-quota".
      /over[ -]?quota/,
      // Not maildrop's own run-time limit (main.C): "maildrop: Timeout quota exceeded."
      // NetEase (163.com), as yfs8.cn's help page on its bounces shows it: "Quota exceed the hard limit for user …".
      /(?<!timeout )quota (?:exceeded|exceeds|full|exceed the (?:hard |soft )?limit)/,
      // T-Online (Telekom's help on Mailer-Daemon notices): "Mailbox quota exceedet/Mailbox voll"; QQ Mail's bounce
      // keywords: "收件人空间不足" ("the recipient's space is insufficient").
      /\bmail ?box voll\b/,
      /收件人空间不足/,
      // A Chinese host's reply: "mail box space not enough".
      /\bmail ?box space (?:is )?not enough\b/,
      /exceed\w* (?:\w+ )?(?:storage|quota)/,
      /(?:mailbox|inbox|account) .{0,30}(?:exceeded|over) .{0,30}(?:size|limit|quota|storage)/,
      /disk quota/,
      // Yandex's bounce help ("Mailbox size exceeded": the recipient's mailbox is full).
      /\bmail ?box size (?:limit )?exceeded\b/,
      // vpopmail's vdelivermail (KAGOYA's help on full mailboxes): "Sorry, the user's maildir has overdrawn his
      // diskspace quota, please try again later."
      /overdrawn (?:his |her |its |the )?(?:disk ?space )?quota/,
      /insufficient (?:storage|space)/,
      /storage (?:allocation )?(?:exceeded|full)/,
      /(?:mailbox|inbox) .{0,20}full/,
      /full mail ?box/,
      /mail ?folder (?:is )?full/,
      /quota (?:violation|usage exceeded)/,
      /exceeding (?:its |the )?(?:mailbox )?quota/,
      /over the (?:allowed )?quota/,
      /not enough (?:storage|disk) space/,
      /does not have enough space/,
      /space has been used up/,
      /would exceed (?:the )?maximum allowed storage/,
      /mail ?box size limit/,
      /too much mail data/,
      // BBIQ's FAQ: "Message size exceeds remaining quota" (no room left in the recipient's mailbox).
      /exceeds? (?:the )?remaining quota/,
      // Yandex's help on reports from other servers: "Account is full"; Web.de (sitepackage.de's list): "User has too
      // many messages on the server".
      /\baccount is full\b/,
      /too many messages on the server/,
      // Gmail's SMTP error reference (support.google.com/a/answer/3726730): "452-4.2.2 The recipient's inbox is out of
      // storage space. Please direct the recipient to …", "552-5.2.2 … out of storage space and inactive", read without
      // their codes too (Nylas's bounce_reason drops them).
      /\binbox is out of storage space\b/,
      // web.de (sitepackage.de's list of typical refusals): "User has exhausted allowed storage space".
      /exhausted (?:the |its )?(?:allowed |available )?storage/,
      // Postfix local(8) at mailbox_size_limit (EFBIG): "cannot update mailbox … error writing message: File too large".
      /cannot update mailbox .{0,200}file too large/,
      // French: "the recipient's mailbox is full".
      /boite du destinataire pleine/,
      // Exchange's German NDR (cwa-quicktest-onboarding#47): "Das Postfach des Empfängers ist voll und kann zurzeit
      // keine Nachrichten annehmen."
      /\bpostfach des empf(?:ä|ae)ngers ist voll\b/,
    ],
    'i'
  ),
}

export const ACCOUNT_DISABLED: PhraseRule = {
  reason: 'suspend',
  name: 'account-disabled',
  pattern: anyOf(
    [
      // Yandex's bounce help: "Policy rejection on the target address" (the recipient's account blocked for breaking its
      // user agreement).
      /\bpolicy rejection on the target address\b/,
      // hMailServer (RecipientParser.cpp): "550 Account is not active.", "550 Alias is not active.", "550 Distribution
      // list is not active."; Infomaniak's FAQ 858: "550 5.1.1 … recipient rejected, account administratively disabled"
      // (the provider suspended it: its words, not the 5.1.1, say so).
      // Not the sender's own account on a submission server: "535 5.7.8 Authentication failed: account is not active",
      // "Your account is not active", "Sending account is not active".
      /(?<!\byour |\bsender'?s? |\bsending |\b(?:auth\w*|login|logon|sasl) failed[:;,] )(?:account|alias|distribution list) is not active\b/,
      /\baccount administratively disabled\b/,
      /(?:account|mail ?box|user|recipient|address)(?: has been| is| was)? (?:temporarily |currently )?(?:disabled|suspended|deactivated|inactive|locked|frozen|blocked by (?:the )?administrator)/,
      /\bis currently suspended/,
      /\bhas been (?:temporarily )?suspended/,
      /user is terminated/,
      // qmail-ldap's qmail-lspawn: "Mailaddress is administratively disabled. (#5.2.1)"; its qmail-lspawn.c (case 225)
      // spells it "Mailaddress is administrativley disabled. (LDAP-ERR #220)".
      /mail ?address is administrativ(?:el|le)y disabled/,
      /archived recipient/,
      // hMailServer (RecipientParser.cpp): "550 Domain has been disabled." (the recipient's domain, inactive on the host).
      // Not the sender's: "Sending from this domain has been disabled", "Your sending domain …", "Sender's domain …".
      /(?:user or domain|(?<!sender |sender's |sending |your |from |this )domain)(?: is| has been) disabled/,
      /temporar(?:y|ily) (?:locked|inactive)/,
      /suspend(?:ed)? the service/,
      // French: "the recipient's mailbox is archived".
      /boite du destinataire archivee/,
      // Not SendGrid's "553 Invalid/inactive user." (its docs: the address is malformed or does not exist).
      // Apple iCloud: "550 5.1.1 <joe@icloud.com>: inactive email address" (a user-paused address, as Sisimai's
      // Rhost/Apple.pm quotes it; bentonow.com's Apple table: "the mailbox exists but has been temporarily deactivated").
      /(?:disabled|suspended|(?<!invalid\/)inactive|deactivated) (?:account|mail ?box|user|recipient|e-?mail address)/,
      /(?:account|mail ?box)\b.{0,40}\b(?:is|has been|was) (?:temporarily )?(?:disabled|suspended|deactivated|inactive)/,
      /(?:user|account|mail ?box)\b.{0,60}\btemporar(?:y|ily) locked/,
      // A Korean portal's dormant account: "550 5.1.1 Inactive mbox".
      /\binactive mbox\b/,
    ],
    'i'
  ),
}

/**
 * An address the reply says is disabled: 21CN's "550 joe@21cn.com is now disabled with SMTP service", 163.net's
 * "User joe@163.net is disabled", "Recipient address joe@… is disabled". Not a sender's or a forward's ("sender
 * address a@example.com is suspended", "MAIL FROM:<a@…> is disabled", "Forwarding to <fwd@…> is disabled", "The
 * forwarding address fwd@… is disabled", "Relay to <…> is disabled"). A family of its own, tried right after {@link ACCOUNT_DISABLED}: it starts
 * with "@", a character the engine scans for, and checks the local part behind it.
 */
export const ADDRESS_DISABLED: PhraseRule = {
  reason: 'suspend',
  name: 'account-disabled',
  pattern:
    /@(?<=(?<!\b(?:sender(?:'s)?(?: address)?|from|(?:auto-)?forward(?:ing)?(?: address)?(?: to)?|relay to):?\s?<?)(?<![^\s<:;])<?[^\s@<>]{1,64}@)[^\s@<>]{1,255}>? is (?:now )?(?:disabled|suspended|deactivated|inactive)\b/i,
}

/**
 * Haraka's reply when no rcpt_to plugin accepted a recipient (connection.js, rcpt_respond's default; its log says "No
 * plugin determined if relaying was allowed"): "550 I cannot deliver mail for <joe@…>". The same words answer an address
 * its directory does not have (haraka-plugin-qmail-deliverable returns CONT for "not deliverable": "If no rcpt_to.*
 * plugin returns OK, then the address is not accepted") and a domain it does not host (rcpt_to.in_host_list): Haraka 3.3
 * wrote both in stop 48's real set. Neither a dead address nor a refusal to relay for certain, so counted soft: a dead
 * address is suppressed at the cap as the bounces repeat, a live one never at once. Another server's "I cannot deliver
 * mail for joe@…: mailbox does not exist" names its reason and is read by it.
 */
export const NOT_ACCEPTED_UNSAID: PhraseRule = {
  reason: 'onhold',
  name: 'no-plugin-accepted',
  pattern: anyOf([/\bi cannot deliver mail for <[^<>\s]{1,320}>(?!\s*:)/], 'i'),
}

export const MOVED: PhraseRule = {
  reason: 'hasmoved',
  name: 'moved',
  pattern: anyOf(
    [
      /has moved/,
      // Not a mailbox moved between the host's own servers (Cyrus's "Mailbox has been moved to another server").
      /(?<!\bmailbox has been )moved (?:permanently )?to(?! (?:another|a different|a new) (?:server|backend|database|host)\b(?!.{0,20}\bplease (?:use|try)\b))/,
      /has been replaced by/,
      /no longer (?:accepts mail|at this|with us|receives)/,
      // RFC 5321 §3.4: "551 User not local; please try <forward-path>" names where the user went.
      /not local; please try\b/,
      // rahul.net's documented bounce alias (info.rahul.net/bounce_alias), left by a user who moved on: "550 5.7.1 <joe@…>:
      // Recipient address rejected: PLEASE RESEND YOUR EMAIL TO: joe@new.example".
      /\bplease resend your e-?mail to:/,
      // Exchange's fr-FR NDR (its UI strings): "l'adresse électronique du destinataire a changé. … Aucune adresse de
      // transfert n'a été configurée".
      /adresse (?:électronique|e-mail) du destinataire a changé/,
    ],
    'i'
  ),
}

export const DIRECTORY: PhraseRule = {
  // A mail server's own directory lookup, in its own words (Domino, Notes, IMail, Exchange 2003, InterScan):
  // an unknown user whatever the SMTP stage, unlike the generic words a remote filter also uses.
  reason: 'userunknown',
  name: 'directory',
  pattern: anyOf(
    [
      /not (?:listed|present) in (?:the )?(?:\w+ )?directory/,
      /\bno \S+ in (?:the )?name directory/,
      /not listed in (?:the )?public name (?:&|and) address book/,
      /invalid final delivery userid/,
      /(?:^|\s)unknown user: [^\s@]+@/,
      /recipient name is not recogni[sz]ed/,
      /\(and other recipients in the same domain\)/,
      /check if (?:the )?(?:recipient'?s? )?(?:e-?mail )?address is correct/,
      // Exchange's and Exchange Online's NDR for a recipient its directory lacks (Microsoft Learn, NDR 5.1.1/5.1.10:
      // "The email address you entered couldn't be found").
      /the e-?mail address you entered (?:couldn'?t|could not) be found/,
    ],
    'i'
  ),
}

export const USER_UNKNOWN: PhraseRule = {
  reason: 'userunknown',
  name: 'user-unknown',
  pattern: anyOf(
    [
      // Exchange Online's NDR for a recipient its directory lacks (RESOLVER.ADR.RecipientNotFound, whose status 5.1.10 RFC
      // 7505 gives to a null MX): "jane wasn't found at example.org." over "Unknown To address" (real NDRs pasted on
      // pastebin.com, gJSdfVeR and qSAw128t, and in bwya77/O365-Admin-Center#12).
      // (Only as a sentence or a reply of its own, a bare local part before it: "the PTR record wasn't found at example.net" is
      // not about the recipient; nor "Unknown to address book".)
      /(?:^|[.!?;:] )[^\s@.!?;:]+ wasn't found at [a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:\s|$)|\bunknown to address\b(?! book)/,
      // Alibaba Mail's SMTP/MTA codes (its resellers' tables: "554 RCPT (account) dosn't exist 收件人不存在", the recipient
      // does not exist), its spelling kept.
      /\brcpt \([^()\s]{1,320}\) dosn'?t exist\b/,
      // Gmail's "Address not found" bounce in Korean: "주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어".
      /주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어/,
      // Schleuder 4.0 (de.yml): "Fehler: Keine Liste zu dieser Adresse gefunden: 'liste@example.org'."; Alibaba Mail's help
      // on returned mail (as its resellers copy it): "收件人邮件地址不存在，邮件无法送达。".
      /\bkeine liste zu dieser adresse gefunden\b|收件人邮件地址不存在/,
      // GNU Mailutils 3.15's mda ("%s: no such user") in its translations (Debian's mailutils-common: de, pl, pt_BR, ru,
      // uk, fi, vi, sv, ro, da); gromox's local bounce templates (BOUNCE_NO_USER, gb2312, big5, euc-jp): "收件人不存在",
      // "该收件人并不存在", "受信者が存在していない"; QQ Mail's bounce keywords: "该用户未开通QQ邮箱" (no mailbox opened).
      /\bkein solcher benutzer\b|\bbrak takiego użytkownika|\busuário inexistente|нет такого пользователя|немає такого користувача/,
      /\btuntematon käyttäjä|không có người dùng như vậy|\bingen sådan (?:användare|bruger)\b|\bnu există user-ul\b/,
      // … and in ca, id, sr.
      /\bno existeix l'usuari\b|\btidak ada pengguna seperti itu\b|нема таквог корисника/,
      /收件人(?:并|並)?不存在(?!的)|受信者が存在(?:していない|しない)|该用户未开通qq邮箱/,
      // SendGrid's SMTP error reference: "553 Invalid/inactive user." (malformed or nonexistent).
      /\binvalid\/inactive (?:user|account|mail ?box|recipient)\b/,
      // hMailServer (RecipientParser.cpp): "550 Recipient not in route list." (a route's list of the addresses it serves).
      /\brecipient not in route list\b/,
      // OpenSMTPD: mda.c "Permanent failure in user lookup" (no such user, under its 5.1.6), smtp_session.c "Recipient
      // address syntax error" (5.1.3).
      /\bpermanent failure in user lookup\b|\brecipient address syntax error\b(?!.{0,80}(?:utf-?8|unicode))/,
      // QQ Mail's bounce keywords (its help page on returned mail): "该用户不存在" ("this user does not exist").
      /该用户不存在/,
      /(?:user|mail ?box|recipient|address|account|addressee|local part)(?<!\b(?:ip|client|sender|host|server|from) \w+)s?(?: name)?(?: \(?(?=[^\s()@]*[a-z])[^\s()@]{1,64}\)?)? (?:is |was )?(?:unknown|not (?:found|known|valid|listed|recogni[sz]ed)|(?:does ?n[o']?t |not )exist|invalid|unrecogni[sz]ed)/,
      // The phrase first, the address checked behind it: scanning for the address at every word was the family's
      // slowest part (same matches).
      / (?:not found|does not exist|unknown)(?<=(?<![^\s<>:])[^\s@<>:]+@[^\s@<>]+>? (?:not found|does not exist|unknown))/,
      /is not a (?:known|valid) user/,
      // Proofpoint Essentials' common error codes: "Recipient address rejected: User email address is marked as invalid".
      /address is marked as invalid/,
      // Alibaba Mail (help 36612): "503 Rcptto account isn't a local account" (a misspelled or departed account).
      // (Its own words only: "isn't a local account" alone may be a relay's refusal, of a live address.)
      /\brcpt ?to account (?:isn't|is not) a local account\b/,
      // Sophos Email's SMTP error codes: XGEMAIL_0011, "the recipient's email address doesn't exist in the Sophos
      // Email protected domain" (the families read "_" as a space).
      /\bxgemail[ _]0011\b/,
      // Yandex's bounce help, under "The email was sent to a non-existing address": "No correct recipients".
      /\bno correct recipients\b/,
      /no account by that name/,
      /no mail ?box (?:found|available|present)/,
      /mail ?box not present/,
      /there is no one at this address/,
      /non-?existent (?:user|recipient|mail ?box|address)/,
      /(?:is not|not) a local address/,
      /recipient is not local/,
      /recipient (?:is )?not (?:ok|accepted)/,
      /\bbad recipient/,
      // qmail's badrcptto list.
      /\bbadrcptto\b/,
      /badrecipientto/,
      // qmail's validrcptto list.
      /not in my validrcptto/,
      /destination (?:addresses were unknown|server rejected recipients)/,
      /following recipients? (?:was|were) undeliverable/,
      /can'?t accept user/,
      /e-?mail name is not found/,
      // 163.net's reply, as tnet.hk's help page on bounces shows it: "User jane@163.net is not found in Server ."
      /\buser \S{1,254} is not found in server\b/,
      /not an active address/,
      /(?:wrong|no longer valid) e-?mail address/,
      /address is wrong or no longer valid/,
      /envelope recipient (?:has been denied|is in my)/,
      /recipient ?not ?found/,
      /unknown virtual user/,
      /missing home directory/,
      /user not active/,
      // Coremail's bounce hints: "local server don't exists that user", "not user of this server".
      /(?:do|does)(?:n'?t| not) exists? that user/,
      /\bnot (?:a )?user of this server/,
      // French: "unknown user".
      /utilisateur inconnu/,
      // Italian: "no such user".
      /nessun utente/,
      // German: "address not found".
      /adresse nicht gefunden/,
      // Spanish: "no such person", "no such user".
      /no existe (?:dicha persona|ese usuario)/,
      // Japanese, DTI's "Mail System Error - Returned Mail" (dream.jp's sample): "<addr> のユーザーは登録されていません"
      // ("no user <addr> is registered"), also spelled ユーザ.
      /ユーザー?は登録されていません/,
      // Japanese ISPs' own notices as fml8 records them (Mail::Bounce::Language::Japanese): pakeo.ne.jp's "あなたが送ろう
      // としたアドレス「…」は、登録されていません" (the address you wrote to is not registered) and jp-r.ne.jp's
      // "送信先E-mailアドレスの不一致です" (no such destination address).
      /アドレス「[^」]{1,320}」は、?登録されていません|送信先e-?mailアドレスの不一致です/,
      /no such (?:user|mail ?box|recipient|address|account|person)/,
      /unknown (?:user|recipient|mail ?box|(?:e-?mail )?address|local[- ]part|addressee)/,
      // Oracle (Sun) Messaging Server's error texts (msg.wikidoc.info): "550 5.1.1 unknown or illegal alias: joe@…",
      // "… unknown or illegal user: …"; Coremail's support index: "550 #2175041 unavailable mail user"; eYou's
      // knowledge base (eyousoft.net, knowledge006): "554 Hi [192.0.2.1], unresolvable address: <joe@…>" (the target
      // mailbox does not exist); a Chinese server's "550 RC:LD The email account that you tried to reach does no
      // exists." (dbmailserver.com's list of replies for a missing address).
      /\bunknown or illegal (?:user|alias)\b|\bunavailable mail user\b|\bunresolvable address: <|\baccount that you tried to reach does no exists?\b/,
      // Not an SMTP AUTH refusal relayed in a bounce ("535 Invalid Username or Password", as PHPMailer #1281 shows a
      // server answer it): the security family's.
      /invalid (?:recipient|mail ?box|address|user(?!(?: ?(?:name|id))?(?: or|\/| and) ?password)|e-?mail)/,
      /(?:does not|doesn't|does n't) exist/,
      /(?:could|can)(?:n'?t| ?not) be found/,
      /doesn'?t have an? (?:[\w.-]+ )?account/,
      /user not local/,
      /not a valid (?:mail ?box|recipient|user|address)/,
      /bad destination mail ?box/,
      /address rejected: (?:not found|unverified)/,
      /no mail ?box (?:here|by that name)/,
      // Not Postfix's address verification ("undeliverable address: <the probe's reason>"): the probe's own words
      // say why, and its x.1.1 status stands for any cause.
      /undeliverable address(?!: )/,
      /invalid (?:final )?delivery userid/,
      /not listed in (?:the )?(?:\w+ )?directory/,
      /not listed in (?:the )?public name (?:&|and) address book/,
      /check (?:if )?(?:the )?(?:recipient'?s? )?(?:e-?mail )?address is correct/,
    ],
    'i'
  ),
}

export const SUPPRESSED: PhraseRule = {
  // A sending platform's own refusal to send to an address on its suppression list, as its docs give the text:
  // Amazon SES ("has suppressed sending to this address", "… it is on the suppression list for your account"),
  // SparkPost ("recipient address was suppressed due to customer policy"), Mailgun ("Not delivering to previously
  // bounced address"), Postmark ("recipient(s) that have been marked as inactive"), SendGrid's drop reason
  // "Bounced Address" (the whole text). The address failed before, which is why it is listed.
  reason: 'suppressed',
  name: 'suppressed',
  pattern: anyOf(
    [
      /has suppressed sending to this address/,
      // Oracle Cloud Email Delivery's SMTP errors: "254 4.7.1 Suppression for user ocid1.user… to joe@example.org" (the
      // platform accepted the message but will not send to an address on its suppression list).
      /\bsuppression for user \S{1,255} to \S{1,64}@/,
      /\bis on the suppression list\b/,
      /\baddress was suppressed due to (?:customer|system) policy/,
      /not delivering to previously bounced address/,
      /(?:have|has) been marked as inactive/,
      /^bounced address$/,
    ],
    'i'
  ),
}
