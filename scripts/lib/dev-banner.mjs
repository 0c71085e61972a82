// The ready-to-paste sample `npm run dev` prints once the server answers. Secrets are shown masked; the
// pasted commands read them from .dev.vars themselves, so nothing secret lands in a terminal's scrollback.

/**
 * A secret as a hint: its first and last 4 characters and its length (nothing of one shorter than 12).
 * @param {string | undefined} secret
 */
export function maskSecret(secret) {
  if (!secret) return '(not set in .dev.vars)'
  const ends = secret.length >= 12 ? [secret.slice(0, 4), secret.slice(-4)] : ['', '']
  return `${ends[0]}…${ends[1]} (${secret.length} characters)`
}

/**
 * @param {string} base the server's URL
 * @param {Record<string, string | undefined>} vars the parsed .dev.vars
 */
export function devBanner(base, vars) {
  return `
──────── Try it (paste into another terminal, in this folder) ────────
# NYLAS_WEBHOOK_SECRET ${maskSecret(vars.NYLAS_WEBHOOK_SECRET)}, ADMIN_TOKEN ${maskSecret(vars.ADMIN_TOKEN)}
BASE=${base}
SECRET=$(sed -n 's/^NYLAS_WEBHOOK_SECRET=//p' .dev.vars)
TOKEN=$(sed -n 's/^ADMIN_TOKEN=//p' .dev.vars)
TO=ghost@example.com
BODY=$(printf '{"specversion":"1.0","type":"message.bounce_detected","source":"/nylas/send","id":"%s","time":%s,"data":{"object":{"bounce_reason":"550 5.1.1 The email account that you tried to reach does not exist.","bounced_addresses":"%s","type":"mailbox_unavailable","code":"550"}}}' "$(date +%s%N)" "$(date +%s)" "$TO")
SIG=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')
curl -s -X POST "$BASE/webhooks/nylas" -H 'content-type: application/json' -H "x-nylas-signature: $SIG" -d "$BODY"; echo
curl -s "$BASE/v1/check/$TO" -H "authorization: Bearer $TOKEN"; echo
──────────────────────────────────────────────────────────────────────
`
}
