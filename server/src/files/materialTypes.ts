/**
 * The kinds of file a material may be uploaded as: scans and photos (JPEG, PNG), PDF, and OFD (the
 * national standard for electronic documents, GB/T 33190: a ZIP package with `OFD.xml` at its root).
 * Office documents (docx, xlsx) are refused on purpose: they stay editable and may carry macros or
 * external links, while a material is evidence; windows convert them to PDF or OFD.
 */
export const MATERIAL_TYPES = {
  'application/pdf': { extensions: ['.pdf'], label: 'PDF' },
  'image/jpeg': { extensions: ['.jpg', '.jpeg'], label: 'JPEG 图片' },
  'image/png': { extensions: ['.png'], label: 'PNG 图片' },
  'application/ofd': { extensions: ['.ofd'], label: 'OFD 版式文件' },
} as const;

/** A media type a material may have. */
export type MaterialMediaType = keyof typeof MATERIAL_TYPES;

/** What the first bytes of a file say it is; `zip` still needs a look inside (an OFD or not). */
export type Sniffed = MaterialMediaType | 'zip' | undefined;

/** How many leading bytes `sniffContent` needs. */
export const SNIFF_BYTES = 8;

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The type the content's magic bytes announce (the declared type and the file name are never trusted). */
export function sniffContent(head: Buffer): Sniffed {
  if (startsWith(head, PDF)) return 'application/pdf';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, ZIP)) return 'zip';
  return undefined;
}

/** The allowed kinds, for error messages: 「PDF、JPEG 图片、PNG 图片、OFD 版式文件」. */
export function allowedTypesText(): string {
  return Object.values(MATERIAL_TYPES)
    .map((t) => t.label)
    .join('、');
}

function startsWith(head: Buffer, magic: Buffer): boolean {
  return head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
}
