/** What a chosen file looks like before upload (a browser `File` fits). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/** Limits of an upload field. */
export interface UploadLimits {
  /** Largest file in bytes. */
  readonly maxSize: number;
  /** Accepted types: extensions (`.pdf`), MIME types (`application/pdf`) or MIME families (`image/*`); empty = any. */
  readonly accept?: readonly string[];
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/*': '图片',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/ofd': 'OFD',
};

/** Why a file cannot be uploaded, in Chinese, or undefined when it fits the limits. Never reads the content. */
export function checkFile(file: ChosenFile, limits: UploadLimits): string | undefined {
  if (file.size === 0) return `文件“${file.name}”是空文件，请重新选择`;
  if (file.size > limits.maxSize) {
    return `文件“${file.name}”大小为 ${formatBytes(file.size)}，超过上限 ${formatBytes(limits.maxSize)}，请压缩或拆分后再上传`;
  }
  const accept = limits.accept ?? [];
  if (accept.length > 0 && !accept.some((rule) => matches(rule, file))) {
    return `文件“${file.name}”的类型不符合要求，只接受 ${describeAccept(accept)} 文件`;
  }
  return undefined;
}

/** The accepted types as users read them, e.g. 「PDF、JPG」. */
export function describeAccept(accept: readonly string[]): string {
  const labels = accept.map((rule) => TYPE_LABELS[rule] ?? (rule.startsWith('.') ? rule.slice(1).toUpperCase() : rule));
  return [...new Set(labels)].join('、');
}

/** A size in bytes as users read it: 「512 字节」, 「3.4 KB」, 「5 MB」. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

function matches(rule: string, file: ChosenFile): boolean {
  const lower = rule.toLowerCase();
  if (lower.startsWith('.')) return file.name.toLowerCase().endsWith(lower);
  if (lower.endsWith('/*')) return file.type.toLowerCase().startsWith(lower.slice(0, -1));
  return file.type.toLowerCase() === lower;
}
