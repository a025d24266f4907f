import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Form } from '../../engine/index.ts';
import { MAX_TEXT_CHARS } from '../../engine/field-rules.ts';
import { hasLayout, layoutOf } from '../../forms/index.ts';
import { fieldLabelOn } from '../../forms/layout.ts';
import { QR_MAX_CHARS, encodeForm, shareLink } from '../../share/link-codec.ts';
import { downloadText } from './form-files.ts';

interface Props {
  /** A valid form (what is on screen). */
  form: Form;
  onClose: () => void;
}

/** What the QR state holds when the link is too long for a QR code. */
const TOO_LONG = 'too-long';

const INDICATOR_FIELDS: Record<string, string> = { name: '指标名称', target: '目标值', actual: '实际完成值', note: '说明' };

/**
 * The first text cell over MAX_TEXT_CHARS (32,767) in a form, named in Chinese as its form labels it
 * on screen (主管部门, 年度指标值 on the central form; the layout is installed with the form), or null.
 * A link carrying it would be refused by the page that opens it (issue 14), so the dialog says so first.
 */
export function overlongCell(form: Form): string | null {
  const label = (path: string, fallback: string) => (hasLayout(form.ruleSet) ? fieldLabelOn(layoutOf(form.ruleSet), path) : undefined) ?? fallback;
  if ((form.project?.name ?? '').length > MAX_TEXT_CHARS) return `“${label('project/name', '项目名称')}”`;
  if ((form.project?.department ?? '').length > MAX_TEXT_CHARS) return `“${label('project/department', '项目主管部门（单位）')}”`;
  for (const [i, s] of (form.subprojects ?? []).entries()) if (s.name.length > MAX_TEXT_CHARS) return `第 ${i + 1} 个子项目的“子项目名称”`;
  for (const [i, row] of form.indicators.entries()) {
    for (const key of Object.keys(INDICATOR_FIELDS)) {
      const value = (row as unknown as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.length > MAX_TEXT_CHARS) return `第 ${i + 1} 项指标的“${label(`indicators/${i}/${key}`, INDICATOR_FIELDS[key]!)}”`;
    }
  }
  return null;
}

/** Copies text to the clipboard; falls back to selecting it in a field when the browser refuses. */
async function copy(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}

/**
 * 分享链接: the whole form in the link's fragment (never sent to a server), with a QR code for a
 * phone, the bare share code, and the JSON file as fallbacks. Loaded only when the button is used;
 * the QR code library is loaded after that.
 */
export function ShareDialog({ form, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const code = useMemo(() => encodeForm(form), [form]);
  const url = `${location.origin}${shareLink(form)}`;
  const overlong = useMemo(() => overlongCell(form), [form]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    linkField.current?.select();
    let live = true;
    if (url.length > QR_MAX_CHARS) {
      setQr(TOO_LONG);
      return;
    }
    void import('uqr')
      .then(({ renderSVG }) => {
        if (live) setQr(renderSVG(url, { ecc: 'L', border: 2 }));
      })
      .catch(() => {
        if (live) setQr(TOO_LONG);
      });
    return () => {
      live = false;
    };
  }, [url]);

  const copied = (what: string) => (ok: boolean) => setStatus(ok ? `已复制${what}。` : `浏览器不允许自动复制：${what}已选中，请按 Ctrl+C（手机上长按）复制。`);

  return (
    <dialog ref={dialog} class="share-dialog" aria-labelledby="h-share" onClose={onClose} onCancel={onClose}>
      <h2 id="h-share">分享这份自评表</h2>
      <p class="block-note">
        整张表（含项目名称、金额、所选读法）都在链接“#”后面，经过压缩，不会发送到任何服务器。对方打开后看到逐项说明的计算结果，可以“编辑副本”。
      </p>
      {overlong && (
        <p class="toolbar-message" role="alert" data-testid="share-too-long-cell">
          {overlong}超过 {MAX_TEXT_CHARS.toLocaleString('en-US')} 个字符（每一格的上限，链接和文件都一样），对方打开这个链接时会被拒绝：请先删减这一格再分享。
        </p>
      )}
      <label class="cell">
        <span class="cell-label">
          链接（{url.length} 个字符）
        </span>
        <input ref={linkField} class="field" readOnly value={url} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p class="share-actions">
        <button type="button" class="small-button primary-button" onClick={() => void copy(url, linkField.current).then(copied('链接'))}>
          复制链接
        </button>
        <a class="small-button" href={url} target="_blank" rel="noopener">
          在新标签页中打开
        </a>
      </p>
      <div class="share-grid">
        <figure class="share-qr">
          {qr === TOO_LONG ? (
            <p class="qr-too-long" role="status" data-testid="qr-too-long">
              这个链接有 {url.length.toLocaleString('en-US')} 个字符，超过了二维码能容纳的 {QR_MAX_CHARS.toLocaleString('en-US')} 个字符，无法生成二维码：请改用本窗口中的“分享码”，或“下载 JSON 文件”发给对方。
            </p>
          ) : qr ? (
            <img class="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`} alt="分享链接的二维码" />
          ) : (
            <div class="qr">正在生成二维码…</div>
          )}
          {qr !== TOO_LONG && <figcaption>手机扫码打开（链接较长，二维码较密，请放大后扫描）</figcaption>}
        </figure>
        <div class="share-fallbacks">
          <label class="cell">
            <span class="cell-label">分享码（链接被聊天软件截断时，把它发给对方，对方粘贴到本页地址栏“#”后面即可）</span>
            <textarea ref={codeField} class="field share-code" readOnly rows={4} value={code} data-testid="share-code" />
          </label>
          <p class="share-actions">
            <button type="button" class="small-button" onClick={() => void copy(code, codeField.current).then(copied('分享码'))}>
              复制分享码
            </button>
            <button
              type="button"
              class="small-button"
              onClick={() => {
                downloadText(`${JSON.stringify(form, null, 2)}\n`, '绩效自评表.json', 'application/json');
                setStatus('已下载 JSON 文件：对方可在计算器中用“导入文件”打开。');
              }}
            >
              下载 JSON 文件
            </button>
          </p>
        </div>
      </div>
      <p class="share-status" role="status">
        {status}
      </p>
      <p class="share-actions">
        <button type="button" class="small-button" onClick={() => dialog.current?.close()}>
          关闭
        </button>
      </p>
    </dialog>
  );
}

/**
 * What 分享链接 shows once its code is here: the dialog for a form that can be scored, else (cells the
 * page cannot read) why it cannot be shared yet; the dialog opens as soon as those cells are fixed.
 * `form` is the valid form on screen, or null. (Here, not in the calculator: only a press of 分享链接 shows it, issue 13.)
 */
export function ShareOrFix({ form, onClose }: { form: Form | null; onClose: () => void }) {
  return form ? (
    <ShareDialog form={form} onClose={onClose} />
  ) : (
    <p class="toolbar-message" role="alert">
      表格有无法计分的内容，暂时不能分享：请先修改下面列出的格子。
    </p>
  );
}
