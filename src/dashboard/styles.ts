/**
 * The dashboard's one stylesheet, shipped inside the Worker and served from /dashboard/assets/app.css (the CSP
 * allows no inline style). System fonts, no external resource.
 * @module
 */
export const STYLESHEET = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf;--danger:#b42318;
--hard:#b42318;--soft:#c27b0a;--block:#6941c6;--complaint:#c0267a;--none:#8a94a6;--ok:#067647;--warn-bg:#fff4e5}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #8fb4ff;outline-offset:2px}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding:.6rem 1.25rem;background:#14213d;color:#fff}
header.top .brand{font-weight:700;color:#fff;text-decoration:none;margin-right:.5rem}
header.top nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
header.top nav a{color:#dbe4ff;text-decoration:none}
header.top nav a[aria-current=page]{color:#fff;font-weight:600;text-decoration:underline}
header.top .who{margin-left:auto;display:flex;align-items:center;gap:.75rem;font-size:.9rem;color:#dbe4ff}
header.top .who button{background:transparent;color:#fff;border:1px solid #8b9bc7;white-space:nowrap}
main{max-width:1180px;margin:0 auto;padding:1.25rem}
h1{font-size:1.5rem;margin:.25rem 0 1rem}
h2{font-size:1.1rem;margin:0 0 .75rem}
section.card,div.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem;margin-bottom:1rem;overflow-x:auto}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:1rem}
.grid{margin-bottom:1rem}
.grid>section.card{margin-bottom:0}
.counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:.75rem;margin:0;padding:0;list-style:none}
.counts li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.75rem}
.counts .n{display:block;font-size:1.6rem;font-weight:700}
.counts .k{color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600}
caption{text-align:left;font-weight:600;padding:.25rem 0}
section.card>form{margin-top:.75rem}
td form{margin:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.addr{overflow-wrap:anywhere}
fieldset.inline{border:0;padding:0;margin:.75rem 0 0}
form.inline,fieldset.inline{display:flex;flex-wrap:wrap;gap:.5rem .75rem;align-items:flex-end}
label{display:flex;flex-direction:column;gap:.2rem;font-size:.85rem;color:var(--muted)}
label.check{flex-direction:row;align-items:center;color:var(--fg)}
input,select,textarea{font:inherit;padding:.4rem .5rem;border:1px solid #b8c0cc;border-radius:6px;background:#fff;color:var(--fg);max-width:100%}
button,.button{font:inherit;padding:.45rem .9rem;border-radius:6px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:var(--accent)}
button.danger{background:var(--danger);border-color:var(--danger)}
.banner{border-radius:8px;padding:.75rem 1rem;margin-bottom:1rem;border:1px solid}
.banner.ok{background:#ecfdf3;border-color:#abefc6}
.banner.warn{background:var(--warn-bg);border-color:#f5c07a}
.banner.error{background:#fef3f2;border-color:#fda29b}
.verdict{display:inline-block;font-weight:700;padding:.1rem .6rem;border-radius:999px;color:#fff;letter-spacing:.02em}
.verdict.drop{background:var(--hard)}.verdict.defer{background:var(--soft)}.verdict.send{background:var(--ok)}
.muted{color:var(--muted)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;word-break:break-word}
details.action{margin-top:.75rem}
details.action summary{cursor:pointer;display:inline-block;padding:.45rem .9rem;border-radius:6px;border:1px solid var(--accent);color:var(--accent);background:#fff}
details.action[open] summary{margin-bottom:.75rem}
.chart-scroll{overflow-x:auto}
.chart svg{width:100%;height:auto;max-height:260px;min-width:520px}
th[scope=row],td.when{white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:.5rem 0 0;font-size:.85rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:-1px}
.d-hard{fill:var(--hard);background:var(--hard)}.d-soft{fill:var(--soft);background:var(--soft)}
.d-block{fill:var(--block);background:var(--block)}.d-complaint{fill:var(--complaint);background:var(--complaint)}
.d-none,.d-unknown{fill:var(--none);background:var(--none)}
.axis{stroke:#b8c0cc;stroke-width:1}
.rate-bar{fill:var(--accent)}.threshold{stroke:var(--danger);stroke-width:1;stroke-dasharray:4 3}
.rate-charts svg{width:100%;height:auto}.rate-charts h3{font-size:.95rem;margin:0 0 .25rem}.tick{fill:var(--muted);font-size:11px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.pager{display:flex;gap:1rem;margin-top:.75rem}
.login{max-width:380px;margin:8vh auto;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.5rem}
.login form{display:flex;flex-direction:column;gap:.9rem}
pre.secret{background:#f2f4f7;padding:.6rem;border-radius:6px;white-space:pre-wrap;word-break:break-all}
@media (max-width:640px){
main{padding:.75rem}
header.top{padding:.6rem .75rem}
header.top .who{margin-left:0;width:100%;justify-content:space-between}
th,td{padding:.35rem .3rem}
table.wide .optional{display:none}
table.stack thead{display:none}
table.stack tr{display:block;padding:.4rem 0;border-bottom:1px solid var(--line)}
table.stack td{display:inline;border:0;padding:0 .5rem 0 0}
table.stack td.detail{display:block;padding-top:.15rem;color:var(--muted)}
form.inline>label,form.inline>button{width:100%}
form.inline input,form.inline select{width:100%}
}
`
