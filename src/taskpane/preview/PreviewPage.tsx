import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowUp24Regular } from '@fluentui/react-icons/svg/document-arrow-up';
import type { DragEvent, JSX } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Policy } from '../../engine';
import { formatTemplate } from '../../engine';
import { Notice } from '../components/Notice';
import { PaneView, preloadReportPanel } from '../components/PaneView';
import { useI18n } from '../i18n';
import type { PaneState } from '../model/pane-state';
import { analyzeEmlBytes } from './read-eml-file';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    textAlign: 'center',
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
});

type PreviewState = PaneState | { readonly status: 'idle' };

/**
 * Outside Outlook: the person drops or picks an .eml (or opens ?eml=URL) and sees exactly the panel Outlook would
 * show. The file is read in this browser and never sent anywhere.
 */
export default function PreviewPage({ policy, emlUrl }: { readonly policy: Policy; readonly emlUrl: string | null }): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<PreviewState>(emlUrl ? { status: 'loading' } : { status: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [loadError, setLoadError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const lastBytes = useRef<Uint8Array | null>(null);

  const show = useCallback(
    async (bytes: Uint8Array) => {
      lastBytes.current = bytes;
      setState({ status: 'loading' });
      try {
        // The panel's chunk too, so the verdict renders at once (as in Outlook: see lazyComponent).
        const [next] = await Promise.all([analyzeEmlBytes(bytes, policy), preloadReportPanel()]);
        setState(next);
      } catch (error) {
        setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) });
      }
    },
    [policy],
  );

  const openFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setLoadError('');
      await show(new Uint8Array(await file.arrayBuffer()));
    },
    [show],
  );

  useEffect(() => {
    if (!emlUrl) return;
    let stale = false;
    void (async () => {
      try {
        const response = await fetch(emlUrl);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (!stale) await show(bytes);
      } catch (error) {
        if (stale) return;
        setLoadError(formatTemplate(t.preview.loadFailed, { url: emlUrl, reason: error instanceof Error ? error.message : String(error) }));
        setState({ status: 'idle' });
      }
    })();
    return () => {
      stale = true;
    };
  }, [emlUrl, show, t]);

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={styles.page}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="preview"
    >
      <Notice intent="info">{t.preview.banner}</Notice>
      <div className={mergeClasses(styles.drop, dragging && styles.dragging)} data-testid="drop-zone">
        {state.status === 'idle' && <Text>{t.preview.dropPrompt}</Text>}
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".eml,message/rfc822"
          aria-label={t.preview.pick}
          data-testid="file-input"
          onChange={(event) => {
            void openFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Button appearance={state.status === 'idle' ? 'primary' : 'secondary'} icon={<DocumentArrowUp24Regular />} onClick={() => input.current?.click()}>
          {state.status === 'idle' ? t.preview.pick : t.preview.another}
        </Button>
      </div>
      {loadError && (
        <Notice intent="error">{loadError}</Notice>
      )}
      {state.status !== 'idle' && <PaneView state={state} policy={policy} onRetry={() => lastBytes.current && void show(lastBytes.current)} />}
    </div>
  );
}
