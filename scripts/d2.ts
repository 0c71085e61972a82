import { readFileSync } from 'node:fs'
import PostalMime from 'postal-mime'
const f = process.argv[2]
const email = await PostalMime.parse(readFileSync(`/work/shared/corpus/maildir/bsd/${f}.eml`), { forceRfc822Attachments: true, attachmentEncoding: 'utf8' })
console.log(JSON.stringify({ text: email.text?.slice(0, 600), html: email.html?.slice(0, 200), att: email.attachments.map((a) => [a.mimeType, a.disposition, String(a.content).slice(0, 200)]) }, null, 1))
