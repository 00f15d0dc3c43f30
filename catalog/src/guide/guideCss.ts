/** Print CSS of the service guide: A4 with page margins, tables that repeat their heads and do not split rows. */
export const guideCss = `
@page { size: A4; margin: 20mm 18mm 22mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #111; font: 11pt/1.6 "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "WenQuanYi Micro Hei", serif; }
.guide { max-width: 174mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; }
h1 .subtitle { display: block; font-size: 13pt; font-weight: normal; letter-spacing: 0.5em; }
.codes { text-align: center; color: #444; font-size: 9.5pt; margin: 0 0 6mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; page-break-after: avoid; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0 0 2mm; }
th, td { border: 1px solid #777; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
.facts th { width: 28%; background: #f2f2f2; font-weight: normal; }
.grid thead th { background: #f2f2f2; }
.nw { white-space: nowrap; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
ol { margin: 0; padding-left: 7mm; }
.tag { margin-left: 1.5mm; padding: 0 1mm; border: 1px solid #777; font-size: 8.5pt; }
.note { font-size: 9.5pt; color: #444; }
footer { margin-top: 8mm; font-size: 9pt; color: #555; text-align: right; }
@media print { .guide { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;
