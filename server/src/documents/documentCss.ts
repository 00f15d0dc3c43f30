/** Print CSS of the written documents (文书): A4 with official margins, a serif body, the seal block on the right. */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; font: 14pt/1.8 "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "WenQuanYi Micro Hei", serif; }
.doc { max-width: 156mm; margin: 0 auto; padding: 12mm 0; }
.issuer { text-align: center; font-size: 16pt; margin: 0; letter-spacing: 0.1em; }
h1 { text-align: center; font-size: 22pt; margin: 2mm 0 4mm; letter-spacing: 0.2em; }
.number { text-align: right; margin: 0 0 6mm; }
.addressee { margin: 0; }
p.para { text-indent: 2em; margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0; font-size: 12pt; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
.facts th { width: 30%; font-weight: normal; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
ol { margin: 0 0 2mm; padding-left: 3em; }
.notice { border: 1px solid #000; padding: 2mm 3mm; margin: 3mm 0; font-size: 12pt; }
.seal { margin: 12mm 0 0 auto; width: 70mm; text-align: center; }
.footnote { margin-top: 8mm; font-size: 10.5pt; border-top: 1px solid #000; padding-top: 2mm; }
@media print { .doc { padding: 0; max-width: none; } }
`;
