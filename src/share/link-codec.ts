import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { MAX_FORM_BYTES, MAX_FORM_SIZE_TEXT } from '../engine/field-rules.ts';
import { validateForm, type FieldLabels, type Form, type ValidationIssue } from '../engine/index.ts';

/**
 * The share link codec: a whole form (names included, options and rule set) in the URL fragment,
 * so nothing is sent to any server (the fragment never leaves the browser).
 *
 * Format of version 1: `v1.<payload>.<check>` where payload is base64url (no padding) of the
 * raw-deflated UTF-8 JSON of the form file (form-format.md, version 1), and check is the FNV-1a
 * 32-bit hash of that JSON in 8 lowercase hex digits. ASCII only; ends in a letter or digit, so
 * chat apps (WeChat and others) keep it whole. Every link written by version 1 must open in every
 * later version: a later codec adds `v2.`, it never changes what `v1.` means.
 */
export const LINK_VERSION = 1;

/**
 * The most characters a QR code can hold (version 40, error correction L, byte mode: 2,953 bytes;
 * a link is ASCII). The share dialog offers the share code and the JSON file for a longer link (issue 14).
 */
export const QR_MAX_CHARS = 2953;

/** The page a share link opens: the calculator, which shows a shared form as an explained report. */
export const SHARE_PATH = '/calculator/';

/** Why a share code could not be opened; each has a Chinese message for the page. */
export type LinkProblem = 'empty' | 'future' | 'truncated' | 'corrupt' | 'too-big' | 'invalid';

/**
 * The most characters a share code's payload may have: base64 of MAX_FORM_BYTES (deflate never
 * makes a form bigger than that by more than a few bytes). Checked before anything is inflated.
 */
export const MAX_PAYLOAD_CHARS = Math.ceil((MAX_FORM_BYTES * 4) / 3) + 64;

/** The outcome of reading a share code: the form, or what is wrong with the link. Never thrown. */
export type DecodeResult =
  | { ok: true; form: Form }
  | { ok: false; problem: LinkProblem; message: string; issues?: ValidationIssue[] };

/** FNV-1a 32-bit hash state over more bytes (start with 0x811c9dc5). */
function fnvUpdate(h: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** FNV-1a 32-bit hash of the bytes, as 8 hex digits: detects a link cut short or changed. */
function fnv1a(bytes: Uint8Array): string {
  return fnvUpdate(0x811c9dc5, bytes).toString(16).padStart(8, '0');
}

/** Compressed bytes fed to the inflater at a time: each step can produce at most ~1 MB, so the cap is checked often. */
const INFLATE_STEP = 1024;

/**
 * Inflates raw deflate data a step at a time and stops as soon as the output passes `max` bytes
 * (a 2 MB link can inflate to gigabytes: issue 14), hashing (FNV-1a) as it goes. Returns the
 * bytes and their hash, `'too-big'`, or `'corrupt'` (not deflate data, or cut short).
 */
export function inflateCapped(data: Uint8Array, max: number): { bytes: Uint8Array; check: string } | 'too-big' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let hash = 0x811c9dc5;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (over) return;
    size += chunk.length;
    if (size > max) {
      over = true;
      return;
    }
    hash = fnvUpdate(hash, chunk);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length && !over; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return over ? 'too-big' : 'corrupt';
  }
  if (over) return 'too-big';
  if (!ended) return 'corrupt';
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, check: hash.toString(16).padStart(8, '0') };
}

function toBase64Url(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return strToU8(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), true);
}

/**
 * Encodes a form as a share code (`v1.…`). The form should be valid (validateForm); the code
 * carries it exactly, strings as typed.
 * @example encodeForm(seedForm).length // about 1,150 characters
 */
export function encodeForm(form: Form): string {
  const json = strToU8(JSON.stringify(form));
  return `v${LINK_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}.${fnv1a(json)}`;
}

/**
 * The site-relative share link of a form: `/calculator/#v1.…`.
 * @example shareLink(seedForm) // '/calculator/#v1.…'
 */
export function shareLink(form: Form): string {
  return `${SHARE_PATH}#${encodeForm(form)}`;
}

const MESSAGES: Record<Exclude<LinkProblem, 'invalid'>, string> = {
  empty: '链接里没有表单内容。',
  future: '这个链接由更新版本的本站生成，当前页面版本较旧：请刷新页面（或清除缓存）后再打开。',
  truncated: '这个链接不完整，可能在复制或转发时被截断了：请让对方重新复制完整的链接，或改用“分享码”或 JSON 文件。',
  corrupt: '这个链接已损坏，内容无法还原（可能被聊天软件改动过）：请让对方重新发送，或改用“分享码”或 JSON 文件。',
  'too-big': `这个链接里的内容超过了 ${MAX_FORM_SIZE_TEXT} 的上限（一张自评表通常只有几十 KB），本站不打开它：请让对方检查后改用 JSON 文件发送。`,
};

/**
 * Pulls the share code out of what a browser or a person has: a location hash (`#v1.…`), a whole
 * URL with query keys added by chat apps (`?from=singlemessage#v1.…`), or a pasted code with line
 * breaks or trailing punctuation. Returns `''` when there is none.
 */
export function extractShareCode(text: string): string {
  const hashAt = text.indexOf('#');
  let code = hashAt >= 0 ? text.slice(hashAt + 1) : text;
  try {
    code = decodeURIComponent(code);
  } catch {
    /* keep it as it is */
  }
  code = code.replace(/\s+/g, '');
  // Mail clients and chat apps may capitalise the first letter (`V1.…`) or percent-encode every character.
  const at = code.search(/v\d+\./i);
  return at >= 0 ? `v${code.slice(at + 1)}` : code;
}

/**
 * Reads a share code or link back into a form (validated with the engine's schema). Never throws:
 * an empty, cut-short, garbled, or newer-version link gets a Chinese message instead. With `labels`
 * (the forms' layouts, forms/all.ts `labelOnForm`), the problems of a form that does not validate name
 * each field as the form on screen labels it (“主管部门”, “年度指标值” on a central form), as an
 * imported file's do; without, in the rule set's words.
 * @example decodeShareCode(encodeForm(form)) // { ok: true, form }
 */
export function decodeShareCode(input: string, labels?: FieldLabels): DecodeResult {
  const code = extractShareCode(String(input ?? ''));
  if (code === '') return { ok: false, problem: 'empty', message: MESSAGES.empty };
  const version = /^v(\d+)\./.exec(code);
  if (!version) return { ok: false, problem: 'corrupt', message: MESSAGES.corrupt };
  if (Number(version[1]) > LINK_VERSION) return { ok: false, problem: 'future', message: MESSAGES.future };
  if (Number(version[1]) !== LINK_VERSION) return { ok: false, problem: 'corrupt', message: MESSAGES.corrupt };
  // What can be checked before inflating is checked first: the characters, the checksum's form, the length.
  const m = /^v1\.([A-Za-z0-9_-]+)(?:\.([0-9a-fA-F]{0,8}))?/.exec(code);
  if (!m) return { ok: false, problem: 'corrupt', message: MESSAGES.corrupt };
  const [, payload = '', rawCheck = ''] = m;
  const check = rawCheck.toLowerCase();
  if (check.length < 8) return { ok: false, problem: 'truncated', message: MESSAGES.truncated };
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, problem: 'too-big', message: MESSAGES['too-big'] };
  let data: Uint8Array;
  try {
    data = fromBase64Url(payload);
  } catch {
    return { ok: false, problem: 'corrupt', message: MESSAGES.corrupt };
  }
  const inflated = inflateCapped(data, MAX_FORM_BYTES);
  if (inflated === 'too-big' || inflated === 'corrupt') return { ok: false, problem: inflated, message: MESSAGES[inflated] };
  if (inflated.check !== check) return { ok: false, problem: 'corrupt', message: MESSAGES.corrupt };
  const json = inflated.bytes;
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(json));
  } catch {
    return { ok: false, problem: 'corrupt', message: MESSAGES.corrupt };
  }
  const valid = validateForm(value, labels);
  if (!valid.ok) {
    return { ok: false, problem: 'invalid', message: '链接里的表单有问题，无法打开：', issues: valid.issues };
  }
  return { ok: true, form: valid.form };
}
