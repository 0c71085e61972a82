/**
 * Phrase families about the message itself: spam, viruses, size, policy and malformed content. Ordered in
 * `index.ts`.
 * @module
 */
import { anyOf, type PhraseRule } from './rule'

export const CONTENT_BLOCKLIST: PhraseRule = {
  // A URL or domain inside the message is on a blocklist: the content is refused, not the sending host.
  reason: 'spamdetected',
  name: 'content-blocklist',
  pattern: /\burib?l\b|\bsurbl\b|(?:black|block)(?:listed)? (?:url|uri|link|domain) in (?:the )?message/i,
}

export const ATTACHMENT_TYPE: PhraseRule = {
  // A file the receiver refuses by its name or type, whatever list holds it ("blacklisted" here names no host).
  reason: 'contenterror',
  name: 'attachment-type',
  pattern: anyOf(
    [
      // ASSP 1.2's AttachmentError and scriptError: "550 5.7.7 Executable attachments not allowed.", "HTML scripting code
      // not allowed."; MailCleaner's MIME ACL: "Detected forbidden filetype (Security reasons).".
      /\bexecutable attachments? (?:are |is )?not allowed\b|\bhtml scripting code not allowed\b|\bdetected forbidden file ?type\b/,
      // GNU Mailman 3.3 (handlers/mime_delete.py in nl, cs, pt_BR, es) and Sympa 6.2 (report.tt2, send_multipart in de, fr,
      // ru, ja): a content type, file extension or multipart message the list refuses.
      /content type \(mime\) van het bericht werd expliciet geweigerd|typ obsahu \(content type\) této zprávy byl/,
      /o tipo do conteúdo da mensagem foi explicitamente proibido|bestandsextensie van het bericht werd expliciet niet toegelaten/,
      /la extensión de fichero del mensaje se ha inhabilitado|multipart-nachrichten sind in dieser liste nicht erlaubt/,
      /les messages multipart ne sont pas autorisés|многокомпонентные сообщения в этой рассылке запрещены|マルチパートのメッセージは受け付けません/,
      // Rackspace's common bounces (G1A, G1C): "… it contains a banned file attachment", "File attachment is not allowed
      // because they can be used to exploit Winzip".
      /\bcontains a banned file attachment\b|\bfile attachment is not allowed\b(?! to (?:exceed|be larger))/,
      // MIMEDefang's filter example: "554 5.7.1 MIME type message/partial not accepted here"; MailScanner's
      // sender.filename.report: "… on the list of unacceptable attachments for this site"; amavisd-new's notices: "BANNED
      // CONTENTS ALERT", "Undeliverable mail, BANNED contents type (…)".
      /\bmime type \S+ not accepted here\b|\blist of unacceptable attachments\b|\bbanned contents (?:alert|type)\b/,
      // ezmlm-idx's ERR_BAD_TYPE in German and Italian (its #5.2.3 is not a size); MailScanner v5's sender.filename.report
      // in de, fr, es, it, nl, pt_br; GNU Mailman 2.1's MimeDel.py (de, it): a file or type the site refuses.
      /keine nachrichten mit folgendem mime-inhaltstyp|non accetto messaggi con mime content-type/,
      // … and in Dutch and Indonesian (lang/nl, lang/id: ERR_BAD_TYPE, ERR_BAD_PART).
      /ik accepteer geen berichten met mime content-type|bevat een niet geaccepteerd mime content-type/,
      /saya tidak menerima pesan dengan mime content-type|mime content-type: yang tidak dapat diterima/,
      /liste unerlaubter anhänge|pièce jointe est interdite par les règles|lista de archivos no aceptados|allegati risultano non accettabili/,
      /lijst met onaanvaardbare bijlagen|lista de tipos de arquivo proíbidos|datei-endung des attachments\b.{0,60}verboten|estensione del nome file era esplicitamente proibita/,
      // The same report in ca, cz, sk, hu, ro, se, dk; its sender.content.report ("This message contained potentially
      // dangerous content which has been removed") in en, de, fr, es, nl, pt_br (the last's spelling "pontencialmente").
      /llista de fitxers adjunts inacceptables|na seznamu nepovolenych priloh|na zozname nepovolenych priloh/,
      /elfogadhatatlan kiterjesztesu mellekletet|ca fiind inacceptabile|inte av en typ som domänen godkänner|uønskede bilag/,
      /potentially dangerous content|potenziell gefährliche inhalte|contenu potentiellement dangereux/,
      /contenido potencialmente peligroso|mogelijkerwijs gevaarlijke inhoud|conteúdo pon?tencialmente perigoso/,
      // … and both in Welsh (reports/cy+en).
      /rhestr atodiadau annerbyniol|gynnwys a allasai fod yn beryglus/,
      // cubewerk securePostfach (its postmaster page, cwERR502): "Anhang blockiert. Nur PDF-Dateien akzeptiert.".
      /\banhang blockiert\b/,
      // amavisd-new's CC_BANNED category: "554 5.7.0 Reject, id=… - BANNED: application/x-msdownload,.exe,…".
      /\bid=[^\s=]{1,64} - banned: /,
      // iridis mailRelay (KB 254): "MSG-EXT: Blacklisted high risk file extension detected".
      // DirectAdmin's ESF check_mime: "Blacklisted file extension detected (invoice.exe)"; its exim.strings.conf
      // CLAM_BAD_ATTACHMENT: "This message contains an attachment of a type which we do not accept".
      /(?:high risk|banned|blocked|blacklisted|prohibited|forbidden|dangerous) (?:file|attachment) (?:extension|type|name)/,
      /\battachment of a type which we do not accept\b/,
    ],
    'i'
  ),
}

export const VIRUS: PhraseRule = {
  reason: 'virusdetected',
  name: 'virus',
  // Not the product token Barracuda's relays write into the replies they pass on ("#5.0.0 X-Spam-&-Virus-Firewall;
  // host … said: 550 5.1.1 User unknown", as WKU's help desk shows): it names no virus.
  // Nor a scanner's clean notice appended to a report (MailScanner's default signature "scanned for viruses and
  // dangerous content by MailScanner, and is believed to be clean", Avast's "checked for viruses by Avast antivirus
  // software", AVG's "No virus found in this message", "Virus-free.", MessageLabs' banner "has been scanned for all viruses
  // and potentially offensive content by MessageLabs"): a found virus is named as one ("infected", "a
  // virus was detected"), so only the scan's own words and Avast's product name are passed over.
  // Nor a scanner's own failure (Haraka's clamd plugin: "451 Virus scanner error"; MIMEDefang's "Problem running
  // virus-scanner"); nor Amavis's own scan failing ("451 4.5.0 Error in processing, id=…, virus_scan FAILED: virus
  // scanners failed", amavisd's tempfail: its processing, not a virus). rspamd's oletools scanner: "oletools: Oletools
  // threat message found" (a malicious macro).
  // MailScanner v5's sender.virus.report in German and Dutch: "Unser Virenscanner wurde durch eine Nachricht von Ihnen
  // ausgelöst", "Besmette bijlagen zijn niet afgeleverd", and in Romanian, Welsh and Brazilian Portuguese; Sympa 6.2's your_infected_msg.tt2 in Russian and Polish.
  pattern:
    /(?<!x-spam-&-|\b(?:scanned|checked|tested) for (?:any |all (?:known )?)?|\bchecked for viruses by [a-z]{1,20} anti-?|\bno |\bproblem running )virus(?![- ]free\b| scanner error\b|[_ ]scan failed\b| scanners failed\b)|oletools threat message found|reject for policy reason rule1[ _]\d\b|malware|infected|trojan|malicious (?:content|attachment)|virenscanner wurde durch eine nachricht|besmette bijlagen|atasamentele infectate|rannau heintiedig|parte do e-mail que estava infectada|антивирусная программа обнаружила вирус|wykrywacz wirusów znalazł wirusa/i,
}

export const SPAM: PhraseRule = {
  reason: 'spamdetected',
  name: 'spam',
  pattern: anyOf(
    [
      // rspamd's DCC scanner (lua_scanners/dcc.lua): "dcc: bulk message found: …".
      /\bdcc: bulk message found\b/,
      // Gandi's postmaster page: "550 5.7.1 Reject for policy reason RULE2_1" (RULE2_x and RULE3_x: spam, phishing and
      // scams; RULE1_x, a virus, is the virus family's; the families read the underscore as a space).
      /\breject for policy reason rule[23][ _]\d\b/,
      // MailScanner v5's sender.spam.sa.report in Welsh (reports/cy+en): "… mae'n fwy na thebyg mai e-bost sbam ydyw".
      /mai e-bost sbam ydyw/,
      // Not the "X-Spam-&-Virus-Firewall" token Barracuda's relays write into the replies they pass on.
      // Nor Hornetsecurity's "X-antispameurope-disclaimer" header it names in a loop's reply.
      // Nor Exim's callback refusal, "Refusing MAIL FROM:<> does not help fight spam". Nor a file path's segment: a
      // local delivery program's ("Command died with signal 9: \"/usr/bin/spamc\"", Postfix's pipe_command.c) is a
      // name, no verdict, as is SpamAssassin's client or daemon named in the program's output ("local configuration
      // error. Command output: spamc: unable to read config file").
      /(?<!x-|x-anti|does not help fight |\/)spam(?!-&-virus-firewall|[cd]\b)/,
      // Broadcom KB 173867/174218: MessageLabs' "553-Message filtered" is its spam heuristics' verdict.
      /\b553[- ](?:5\.\d\.\d+ )?message filtered/,
      /unsolicited/,
      /junk ?mail/,
      // Not Gmail's "requires all bulk email senders to …" (TLS, authentication): a rule, not a verdict on this mail.
      /(?<!requires all )bulk (?:e-?mail|mail)/,
      /looks like (?:phishing|spam)/,
      /suspicious content/,
      /(?:message )?content rejected/,
      /\bUBE\b/,
      // Not the size a content filter refuses (Hornetsecurity: "554 5.5.3 e-mail Rejected Content Filter Size",
      // "552 5.5.2 Message size (content filter)"): the too-large family's.
      /(?<!size \()content filter(?! size)/,
      /(?:mail )?content denied/,
      /rejecting (?:mail|banned) content/,
      /unacceptable content/,
      /reject bulk/,
      /recurrent pattern detection/,
      /blocked by our filter/,
      // Broadcom KB 169925 (Email Security.cloud's content control): "550 Message contained unsafe content
      // (Heuristics.Phishing.Email.SpoofedDomain)"; KB 162445 files MessageLabs' "554 Denied (Mode: normal)" under
      // "the recipient server finds something suspicious in the message content".
      /\bmessage contained unsafe content\b/,
      /\bdenied \(mode: [a-z]+\)/,
    ],
    'i'
  ),
}

export const TOO_LARGE: PhraseRule = {
  reason: 'emailtoolarge',
  name: 'too-large',
  pattern: anyOf(
    [
      // Exim receive.c (header_maxsize): "552 Message header is ridiculously long". (Not Sendmail's "552 5.6.0 Headers too
      // large (32768 max)", which its own 5.6.0 and the corpus's label read as the content's.)
      /\bmessage header is ridiculously long\b/,
      // go-guerrilla (its ClientData MaxSize): "451 4.3.0 Error: maximum DATA size exceeded (10485760)".
      /\bmaximum data size exceeded\b/,
      // Schleuder 4.0 (de.yml): "Deine Email war zu groß. Erlaubt sind für diese Liste 10240KB.".
      /\bdeine e-?mail war zu gro(?:ß|ss)(?![a-zäöü])/,
      // Mailing-list software's own translations of its size refusal: GNU Mailman 3.3 (rules/max_size.py in de, nl, pt_BR,
      // ca, tr, zh_Hans) and mlmmj 1.3 (text.skel/*/deny-post, maxmailsize: de, fr, it, cs, sk, fi, pt, gr). "ß" also as
      // "ss" (what upper-casing makes of it).
      /grö(?:ß|ss)er als die maximale grö(?:ß|ss)e von|groter dan de \d+ ?kb maximum grootte|maior do que o tamanho máximo de/,
      /més gran que la mida màxima de|azami \d+ ?kb boyutundan daha büyük|该消息大于/,
      /die maximal erlaubte grö(?:ß|ss)e von|dépassait la taille maximale autorisée|superato la dimensione massima consentita/,
      /zpráva je příliš velká|prekročila maximálnu veľkosť|suurempi kuin suurin sallittu koko/,
      /excedia o tamanho máximo permitido|ξεπερνά το μέγιστο επιτρεπτό μέγεθος/,
      // milter-greylist (greylist.conf.5): "No more than 4 MB please"; amavisd-new's DSN: "Undeliverable mail, OVERSIZED
      // message".
      /(?<!mail ?box\b.{0,40})\bno more than \d+(?:\.\d+)? ?[km]b\b|\boversized message\b/,
      // GNU Mailman 2.1 (Hold.py): "Your message was too big; please trim it to less than 40 KB in size.", and its de, fr,
      // es and it translations; ezmlm-idx's Italian ERR_MAX_SIZE: "non accetto messaggi con più di 100000 caratteri".
      /\byour message was too big\b|ihre nachricht war zu umfangreich|la taille de votre message était trop importante/,
      /su mensaje es demasiado grande|il tuo messaggio era troppo grande|non accetto messaggi con più di \d+ caratteri/,
      // MailScanner v5's sender.size.report in Catalan: "Aquest missatge, o un fitxer adjunt que contenia, era massa gran".
      /\bera massa gran i ha estat suprimit\b/,
      // fml8 (FML::Filter::Size): "reason(s) for rejection: body size exceeds the limit: 2097152 > 1048576".
      /\bbody size exceeds the limit\b/,
      // Dovecot's quota plugin (OVER_MAXSIZE, under 5.2.2): "Mail size is larger than the maximum size allowed by server
      // configuration" (quota_max_mail_size: the message, not the mailbox).
      /\bmail size is larger than the maximum size\b/,
      // "exceeds" (Sendmail, Broadcom KB 162445) and BlueTie's "552 Message Size Exceeded" (MxToolbox's reference).
      // Not BBIQ's "Message size exceeds remaining quota" (the recipient's mailbox has no room left).
      // iRedAPD: "Message size exceed (maybe caused by big attachment file)".
      /message (?:size|length) exceed(?:s|ed)?\b(?! (?:the )?remaining quota)/,
      // iRedAPD's throttle: "Quota exceeded (size of single mail message)".
      /\bquota exceeded \(size of single mail/,
      /(?:message|mail|e-?mail)(?: file)? (?:is )?too (?:big|large)/,
      // BBIQ's FAQ: "Message exceeds maximum fixed size".
      /(?<!mail ?box )exceeds? (?:the )?(?:maximum |max )?(?:fixed |allowed )?(?:message )?size/,
      // IceWarp's 5xx table: "501 5.7.1 Message is too long" (its message size limit).
      /message is too long/,
      // Courier submit.C (BOFHHEADERLIMIT): "534 Message header size exceeds policy limit."; Hornetsecurity's codes:
      // "554 5.5.3 e-mail Rejected Content Filter Size", "552 5.5.2 Message size (content filter)".
      /\bheader size exceeds\b/,
      /\bcontent filter size\b/,
      /\bmessage size \(content filter\)/,
      // Not Exim's error in its own configuration ("invalid message_size_limit in … transport", read spaced), nor
      // SmarterMail's "The domain size limit has been exceeded": the domain's storage, full (the full family's).
      /(?<!mail ?box |invalid message |domain )size limit|domain size limit(?! (?:has been )?exceeded)/,
      /message too large/,
      // "inbound" or "incoming" (Gordano's GMS sets its limit under "Incoming > ESMTP": "the maximum message size").
      /max(?:imum)? (?:inbound |incoming )?message size(?: exceeded)?/,
      /exceeded (?:the )?max(?:imum)? (?:inbound |incoming )?message size/,
      // Microsoft's NDR: "Your message wasn't delivered to anyone because it's too large. The limit is 35 MB."
      /(?:delivered|sent)(?: to anyone)? because it'?s too large/,
      // Zoho ZeptoMail's error list: "5.2.0 Email size exceeded the policy."; Alibaba Mail's bounce help: "510 The
      // length of DATA content is achieved the maximum threshold", "510 The length of Attach is …".
      // Not a mailbox's room: "552 mail size exceeds the remaining quota", "… exceeds mailbox quota".
      /\b(?:e-?mail|mail) size exceed(?:s|ed)\b(?! (?:the )?(?:remaining|mail ?box|quota|storage))/,
      /\blength of (?:data content|attach(?:ments?)?) is achieved the maximum threshold\b/,
      // A Chinese mail server's reply list: "554 attachment is too long.".
      /\battachment is too (?:long|large|big)\b/,
    ],
    'i'
  ),
}

export const POLICY_VIOLATION: PhraseRule = {
  reason: 'policyviolation',
  name: 'policy-violation',
  pattern: anyOf(
    [
      // Schleuder 4.0 (de.yml): "Emails an diese Adresse müssen OpenPGP-konform verschlüsselt sein.", "… müssen mit einem
      // OpenPGP-Schlüssel signiert sein." (the list takes encrypted or signed mail only).
      /\bmüssen (?:openpgp-konform verschlüsselt|mit einem openpgp-schlüssel signiert) sein\b/,
      // ASSP 1.2's URIBLPolicyError: "550 5.7.1 Message rejected by domain policy."; Courier's dupfilter: "500 Duplicate
      // message rejected." (one message sent to too many of its users).
      /\bmessage rejected by domain policy\b|\bduplicate message rejected\b/,
      // MIMEDefang (Actions.pm action_bounce's default): "554 5.7.1 Forbidden for policy reasons".
      /\bforbidden for policy reasons\b/,
      // spamdyke (REJECTION_IDENTICAL_FROM_TO): "Identical sender and recipient addresses are not allowed."
      /\bidentical sender and recipient addresses are not allowed\b/,
      // fml4 (messages/English/filter): "This mailing list denies a HTML mail which has plaintext and html parts …",
      // "This mailing list denies messages with attatchments." (its spelling).
      /\bthis mailing list denies (?:a html mail|messages with att(?:a|at)chments)\b/,
      // Exim acl.c (verify = not_blind): "bcc recipient detected" (a local policy against blind copies).
      /\bbcc recipient detected\b/,
      // Not Lavabit magma's "ACCOUNT … HAS BEEN LOCKED FOR ABUSE POLICY VIOLATIONS": the recipient's account is closed.
      /policy violation(?<!\blocked for (?:abuse )?policy violation)/,
      // Barracuda's "550 rejecting spoofed message"; Mimecast's "Anti-Spoofing policy".
      /\bspoofed (?:message|mail(?! from)|e-?mail|sender)|\banti-?spoofing (?:policy|check|filter)/,
      /rejected for policy reasons/,
      /protocol violation/,
      /not accepted for policy reasons/,
      /denied by policy/,
      /rejected due to (?:local|security) polic/,
      /organi[sz]ation(?:al)? (?:policy|settings)/,
      /illegal attachment/,
      // Gmail's SMTP error reference: "550 5.7.1 The user or domain that you are sending to (or from) has a policy
      // that prohibited the mail that you sent" (its page since 2025: "… that prohibits the email that you sent"), and an
      // administrator's rule: "This message violates example.com email policy. - gcdp …".
      /has a policy that prohibit(?:s|ed) the (?:e-?)?mail/,
      /\bviolates (?:\S+ ){0,2}(?:e-?mail |mail )?polic(?:y|ies)\b/,
      /members-only list/,
      /closed mailing list/,
      /mass mailer/,
      /given low priority/,
      /(?:do not|don't) accept messages containing/,
      /not accepting mail with/,
      // BarricadeMX (smtpf) reply table: "550 5.7.0 message contains blocked content (application/x-msdownload)" (the
      // administrator's content, type and attachment-name rules).
      /\bcontains blocked content\b/,
    ],
    'i'
  ),
}

export const CONTENT: PhraseRule = {
  reason: 'contenterror',
  name: 'content',
  pattern: anyOf(
    [
      // Hitachi Groupmax Mail-SMTP (its manual's messages): "Conversion failure : RFC822 MailBody Format Error.".
      /\bmailbody format error\b/,
      // qmail-ldap's qmail-smtpd.c (SMTPEXECCHECK, an executable attachment): "552 we don't accept email with this MIME
      // content (#5.3.4)"; ZeptoMail's SMTP error codes: "5.2.1 Subject is Mandatory." (neither is about size or mailbox).
      /\bdon'?t accept e-?mail with this mime content\b|\bsubject is mandatory\b/,
      // Forward Email (helpers/on-data.js): "550 Headers unable to be parsed".
      /\bheaders unable to be parsed\b/,
      // Exchange's KB articles: "A syntax error was detected in the content of the message" (Q196920, the IMC), "[029]
      // This mail message could not be parsed correctly." (Q175958), "MS Mail Connector failed parsing the message
      // content." (Q191163); Exchange Online: "550 x-dg-ref header is too long."; fml4 and fml8: "Your mail is rejected
      // for 'neigher ASCII nor ISO-2022-JP'.", "Japanese but not ISO-2022-JP" (a list that takes only that charset).
      /\bsyntax error was detected in the content of the message\b/,
      /\bmail message could not be parsed correctly\b|\bfailed parsing the message content\b|\bx-dg-ref header is too long\b/,
      /\b(?:neigher|neither) ascii nor iso-2022-jp\b|\bjapanese but not iso-2022-jp\b/,
      // Exim transports/smtp.c: "utf8 support required but not offered for forwarding"; qmail-remote (notqmail): "…
      // but server does not support unicode in email addresses"; Haraka: "Transaction failed due to too many MIME parts".
      /\butf-?8 support required but not offered\b/,
      /\bdoes not support unicode in e-?mail addresses\b/,
      // Exim smtp_in.c: "533 no support for internationalised mailbox name"; Courier's esmtpclient: "The addressee's
      // mailserver does not support the sender's international E-mail address.", "553 Unable to deliver Unicode E-mail to
      // a non-Unicode mail server."
      /\bno support for internationali[sz]ed mailbox name\b|\bdoes not support the sender's international e-?mail address\b/,
      /\bunable to deliver unicode e-?mail to a non-unicode mail server\b/,
      /\btoo many mime parts\b/,
      /(?:header|mime) (?:error|syntax|is invalid)/,
      /invalid (?:header|mime)/,
      /content (?:refused|not allowed)/,
      /blocked because (?:of )?its content/,
      // Broadcom KB 162445 (refusals Email Security.cloud relays): "550 5.7.1 Message rejected due to content
      // restrictions", "552 MS-Office file containing VBA macros found inside of the email".
      /rejected due to content restrictions/,
      /(?:file|attachment) containing (?:\S+ ){0,3}macros?\b/,
      // ezmlm-reject.c: "Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)": the type, not the
      // size its code would say.
      /\bdon'?t accept messages of mime content-type\b/,
    ],
    'i'
  ),
}
