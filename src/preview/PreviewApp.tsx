/**
 * The browser preview: the real task pane beside an editable in-memory document, for anyone
 * without Word. Samples are chosen from a list, or the writer's own material opened from a file
 * (打开文件…: .docx, .txt, .md, read in the browser, nothing uploaded); the pane talks to the
 * document only through the same DocumentGateway contract it uses in Word.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as React from 'react';
import {
  Button,
  FluentProvider,
  Label,
  Select,
  Switch,
  Text,
  makeStaticStyles,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { App } from '../taskpane/App';
import type { Analyzer } from '../taskpane/analyzer';
import { fluentTheme, visuallyHidden, type ThemeName } from '../taskpane/theme';
import { DocumentView } from './DocumentView';
import { MemoryDocument } from './memoryDocument';
import { MemoryGateway, previewDeliverables } from './memoryGateway';
import type { Sample } from './samples';
import { OPEN_ACCEPT } from './openFileAccept';

/** The sample list's entry for a file opened with 打开文件…. */
const OPENED_ID = '__opened__';

export interface PreviewAppProps {
  samples: Sample[];
  analyzer: Analyzer;
  initialSample?: string;
  initialTheme?: ThemeName;
}

/** The words the pane selected (DocumentView's CSS highlight): visible in light, dark and forced colours. */
const useFoundStyles = makeStaticStyles(`
  ::highlight(dz-found) { background-color: #ffd335; color: #000; }
  @media (forced-colors: active) { ::highlight(dz-found) { background-color: Highlight; color: HighlightText; } }
`);

const useStyles = makeStyles({
  shell: {
    height: '100vh',
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  caret: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  file: visuallyHidden,
  body: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 340px',
    minHeight: 0,
    '@media (max-width: 720px)': { gridTemplateColumns: '1fr', gridTemplateRows: 'minmax(0,1fr) minmax(0,1fr)' },
  },
  docArea: { overflow: 'auto', padding: tokens.spacingHorizontalXXL, minHeight: 0 },
  page: {
    maxWidth: '760px',
    margin: '0 auto',
    minHeight: '100%',
    boxSizing: 'border-box',
    padding: '48px 56px',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    fontFamily: "'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', serif",
    fontSize: '16px',
    lineHeight: 1.8,
    outlineStyle: 'none',
    '& p': { margin: '0 0 4px', textIndent: '2em', borderRadius: '2px' },
    '& p[data-level]': { textIndent: 0, fontFamily: "'SimHei', 'Noto Sans CJK SC', sans-serif", fontWeight: 600 },
    '& p[data-level="1"]': { fontSize: '18px' },
    // A pasted table (整改清单), its cells' paragraphs without the first-line indent.
    '& table': { borderCollapse: 'collapse', width: '100%', margin: '4px 0 8px' },
    '& td': { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 6px', verticalAlign: 'top' },
    '& td p': { textIndent: 0, margin: 0 },
    // A comment (添加为批注) under its paragraph, as Word shows one in the margin: not part of the text.
    '& p[data-comment]::after': {
      content: 'attr(data-comment)',
      display: 'block',
      whiteSpace: 'pre-wrap',
      textIndent: 0,
      margin: '2px 0 6px',
      padding: '2px 8px',
      fontFamily: 'sans-serif',
      fontSize: '12px',
      lineHeight: 1.5,
      fontWeight: 'normal',
      color: tokens.colorNeutralForeground2,
      backgroundColor: tokens.colorNeutralBackground3,
      borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`,
    },
    '& p.is-selected': {
      backgroundColor: tokens.colorBrandBackground2,
      outline: `2px solid ${tokens.colorBrandStroke1}`,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    // The containing block of the pane's visually hidden texts (.dz-sr, absolutely positioned):
    // without it they sit in the page's own box, which then grows as tall as the pane's content
    // (10,000 px for a long material) and is painted whole after every check.
    position: 'relative',
    overflow: 'auto',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function PreviewApp({ samples, analyzer, initialSample, initialTheme = 'light' }: PreviewAppProps) {
  useFoundStyles();
  const styles = useStyles();
  const first = samples.find((s) => s.id === initialSample) ?? samples[0];
  const [sampleId, setSampleId] = useState(first?.id ?? '');
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  const doc = useMemo(() => new MemoryDocument(first?.text ?? ''), []); // eslint-disable-line react-hooks/exhaustive-deps
  const gateway = useMemo(() => new MemoryGateway(doc), [doc]);
  // 添加为批注 · 移除本助手的批注 · 插入整改清单 over the preview's document, as in Word.
  const deliverables = useMemo(() => previewDeliverables(gateway), [gateway]);
  const [caret, setCaret] = useState(doc.selection.end.paragraph);

  useEffect(
    () =>
      doc.subscribe((e) => {
        if (e.type === 'selection' || e.type === 'content') setCaret(doc.selection.end.paragraph);
      }),
    [doc],
  );

  // Keyboard between pane and page, as in Word: F6 / Shift+F6 moves to the other one; Esc in the
  // pane (no menu or dialog open) goes back to the page at its current selection.
  const focusDocument = useRef<(() => void) | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const lastInPane = useRef<HTMLElement | null>(null);
  const focusPane = useCallback(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const last = lastInPane.current;
    const target =
      last && last.isConnected && pane.contains(last) && !last.hasAttribute('disabled')
        ? last
        : pane.querySelector<HTMLElement>('button:not([disabled]), [tabindex="0"], select, input');
    target?.focus();
  }, []);
  const onPaneKeyDown = (e: React.KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
    // A menu, dialog or list open keeps its keys (Fluent closes it on Esc; a dialog is modal).
    // Its keys reach here through React's tree even from a dialog portalled out of the pane.
    if (document.querySelector('[role=menu], [role=dialog], [role=alertdialog], [role=listbox]')) return;
    if (e.key === 'F6') {
      e.preventDefault();
      focusDocument.current?.();
    } else if (e.key === 'Escape' && !e.shiftKey) {
      const t = e.target as HTMLElement;
      if (t.closest('[role=menu], [role=dialog], [aria-expanded=true]')) return;
      e.preventDefault();
      focusDocument.current?.();
    }
  };

  const pick = (id: string) => {
    if (id === OPENED_ID) return;
    setSampleId(id);
    setOpened(null);
    setOpenError(null);
    const s = samples.find((x) => x.id === id);
    doc.load(s?.text ?? '');
  };

  // 打开文件…: the writer's own material into the page (openFile.ts, loaded on first use).
  const fileInput = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const open = async (file: File) => {
    try {
      const { readOpenedFile } = await import('./openFile');
      const { fileBytes } = await import('../taskpane/previousFile');
      doc.loadParagraphs(await readOpenedFile(file.name, await fileBytes(file)));
      setOpened(file.name);
      setSampleId(OPENED_ID);
      setOpenError(null);
    } catch (e) {
      setOpenError(e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : `无法读取此文件：${file.name}`);
    }
  };

  return (
    <FluentProvider theme={fluentTheme(theme)} lang="zh-CN">
      <div className={styles.shell}>
        <header className={styles.bar}>
          <h1 className={styles.title}>对照检查助手 · 浏览器预览</h1>
          <div className={styles.field}>
            <Label htmlFor="dz-sample">样例</Label>
            <Select id="dz-sample" value={sampleId} onChange={(_, d) => pick(d.value)}>
              {samples.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              {opened !== null && <option value={OPENED_ID}>{`文件：${opened}`}</option>}
            </Select>
          </div>
          <input
            ref={fileInput}
            id="dz-open"
            type="file"
            accept={OPEN_ACCEPT}
            className={styles.file}
            tabIndex={-1}
            aria-label="打开文件…"
            data-testid="open-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              // Cleared at once: the element keeps no reference to the file, and the same file can be opened again.
              e.target.value = '';
              if (f) void open(f);
            }}
          />
          <Button onClick={() => fileInput.current?.click()} title="打开自己的材料（.docx、.txt、.md），只在本机读取，不上传">
            打开文件…
          </Button>
          {openError !== null && (
            <Text role="alert" className={styles.error} data-testid="open-error">
              {openError}
            </Text>
          )}
          <Switch
            label="深色主题"
            checked={theme === 'dark'}
            onChange={(_, d) => setTheme(d.checked ? 'dark' : 'light')}
          />
          <Text className={styles.caret} aria-live="polite" data-testid="caret">
            {`光标：第 ${caret + 1} 段`}
          </Text>
        </header>
        <div className={styles.body}>
          <section className={styles.docArea} aria-label="文档">
            <DocumentView doc={doc} label="文档正文（可编辑）" className={styles.page} focusRef={focusDocument} onF6={focusPane} />
          </section>
          {/* The pane renders its own <main>, as it does in Word. */}
          <div
            className={styles.pane}
            data-testid="pane"
            ref={paneRef}
            onKeyDown={onPaneKeyDown}
            onFocus={(e) => {
              lastInPane.current = e.target as HTMLElement;
            }}
          >
            <App gateway={gateway} analyzer={analyzer} theme={theme} deliverables={deliverables} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
