import { ModelInvalidError } from '../errors.js';

/** Limits that keep hostile XML from exhausting the server. */
export interface XmlLimits {
  /** Largest accepted document, in bytes (default 4 MiB). */
  readonly maxXmlBytes: number;
  /** Most flow elements accepted in one model (default 5,000). */
  readonly maxElements: number;
}

/** Default limits: far above any real approval process, far below what hurts. */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxXmlBytes: 4 * 1024 * 1024, maxElements: 5000 };

/** Rejects input that must never reach the XML parser: non-strings, huge documents, DTDs. */
export function guardXml(xml: unknown, limits: XmlLimits): asserts xml is string {
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw single('xml-malformed', '流程定义为空或不是文本', 'the process definition is empty or not text');
  }
  const bytes = utf8Length(xml);
  if (bytes > limits.maxXmlBytes) {
    throw single(
      'xml-too-large',
      `流程定义过大（${bytes} 字节，上限 ${limits.maxXmlBytes} 字节）`,
      `the process definition is too large (${bytes} bytes, limit ${limits.maxXmlBytes})`,
    );
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw single(
      'xml-doctype',
      '流程定义不得包含 DOCTYPE 或实体声明',
      'the process definition must not contain a DOCTYPE or entity declarations',
    );
  }
}

function single(rule: string, message: string, messageEn: string): ModelInvalidError {
  return new ModelInvalidError([{ elementId: '', rule, message, messageEn }]);
}

/** UTF-8 length of a string without allocating its bytes (browser-safe, unlike Buffer). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
