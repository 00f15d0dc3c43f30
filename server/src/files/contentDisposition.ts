/**
 * A `Content-Disposition: attachment` value that every browser reads right: a plain-ASCII `filename`
 * for old clients and the real (Chinese) name as `filename*` in RFC 5987 / RFC 8187 encoding.
 */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Percent-encodes every byte outside RFC 5987's `attr-char`. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function asciiFallback(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/gu, '') : '';
  const stem = (dot > 0 ? name.slice(0, dot) : name).replace(/[^\w\-. ]/gu, '_');
  return `${/[A-Za-z0-9]/u.test(stem) ? stem : 'file'}${extension}`;
}
