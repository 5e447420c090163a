import { Parser } from 'htmlparser2';
import type { HiddenText, MailForm, MailImage, MailLink } from '../model';
import type { UndoableHiding } from './inline-style';
import { hiddenReason, ownBackground, parseInlineStyle, undoableHiding, undoesHiding } from './inline-style';
import { MAX_FORMS, MAX_HIDDEN_RUNS, MAX_HTML_CHARS, MAX_HTML_DEPTH, MAX_IMAGES, MAX_LINKS, MAX_URL_CHARS } from './limits';

export interface HtmlArtifacts {
  visibleText: string;
  /** Visible text outside anchors: where plain-text URLs are looked for (an anchor's own text is not another link). */
  textOutsideLinks: string;
  links: MailLink[];
  images: MailImage[];
  forms: MailForm[];
  hiddenText: HiddenText[];
  limitsHit: string[];
}

/** Elements whose content is never shown as text. */
const NON_TEXT = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'xml']);
/** Elements after which a reader sees a line break; keeps words of adjacent cells from gluing together. */
const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'header', 'footer', 'center', 'hr', 'dd', 'dt', 'pre',
]);

interface OpenElement {
  name: string;
  hidden: HiddenText['reason'] | undefined;
  /** How a descendant can show text again under this element's hiding (font-size:0 on a layout table, dark text on a dark cell). */
  undoableBy: UndoableHiding | undefined;
  nonText: boolean;
  background: string | undefined;
}

interface OpenAnchor {
  href: string;
  text: string;
  imageAlt: string | undefined;
}

/** Characters handed to the parser at a time; small enough that the depth check runs often. */
const HTML_CHUNK_CHARS = 16 * 1024;

/**
 * How far down the open-element stack a close tag may reach. HTML that never closes its tags builds a stack of
 * thousands; searching all of it for every stray close tag would be quadratic, and real mail closes within a few levels.
 */
const MAX_CLOSE_SEARCH = 64;

/** Index of the innermost open element named `name`, looking at most MAX_CLOSE_SEARCH levels down; -1 if none. */
function openIndexOf(stack: readonly OpenElement[], name: string): number {
  const lowest = Math.max(0, stack.length - MAX_CLOSE_SEARCH);
  for (let index = stack.length - 1; index >= lowest; index -= 1) if (stack[index]?.name === name) return index;
  return -1;
}

function cleanUrl(value: string | undefined): string {
  return (value ?? '').trim().slice(0, MAX_URL_CHARS);
}

function parseDimension(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
}

/**
 * One streaming pass over the HTML (no DOM is built) collecting what detectors need: the text a reader sees,
 * links with their visible text, images, forms and text hidden by inline styles. HTML that never closes its
 * tags is fine: htmlparser2 closes them at the end.
 */
export function extractHtml(html: string): HtmlArtifacts {
  const limitsHit: string[] = [];
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  if (source !== html) limitsHit.push('MAX_HTML_CHARS');

  const stack: OpenElement[] = [];
  const textParts: string[] = [];
  const outsideLinkParts: string[] = [];
  const links: MailLink[] = [];
  const images: MailImage[] = [];
  const forms: MailForm[] = [];
  const hiddenText: HiddenText[] = [];
  let anchor: OpenAnchor | undefined;
  let form: { action: string; method: string; inputs: { name: string; type: string }[] } | undefined;

  const top = (): OpenElement | undefined => stack[stack.length - 1];
  const pushLink = (link: MailLink): void => {
    if (!link.href) return;
    if (links.length < MAX_LINKS) links.push(link);
    else if (!limitsHit.includes('MAX_LINKS')) limitsHit.push('MAX_LINKS');
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = top();
        const style = parseInlineStyle(attributes.style ?? '');
        const inheritedBackground = parent?.background;
        // Layouts set font-size:0 on a table to close the gaps between inline blocks and give each cell its own size,
        // or write a paragraph's colour and then its span's: a descendant's own size or colour shows its text again.
        const inherits = parent?.hidden !== undefined && !undoesHiding(parent.undoableBy, style);
        const own = attributes.hidden !== undefined ? 'display-none' : hiddenReason(style, inheritedBackground);
        const hidden = inherits ? parent?.hidden : own;
        stack.push({
          name,
          hidden,
          undoableBy: inherits ? parent?.undoableBy : undoableHiding(own, style),
          nonText: (parent?.nonText ?? false) || NON_TEXT.has(name),
          background: ownBackground(style, attributes.bgcolor) ?? inheritedBackground,
        });
        if (BLOCK.has(name)) {
          textParts.push('\n');
          outsideLinkParts.push('\n');
        }
        switch (name) {
          case 'a':
            if (attributes.href !== undefined) anchor = { href: cleanUrl(attributes.href), text: '', imageAlt: undefined };
            break;
          case 'area':
            pushLink({ href: cleanUrl(attributes.href), text: attributes.alt ?? '', source: 'area' });
            break;
          case 'img': {
            const src = cleanUrl(attributes.src);
            if (images.length < MAX_IMAGES) {
              images.push({
                src,
                alt: attributes.alt ?? '',
                width: parseDimension(attributes.width),
                height: parseDimension(attributes.height),
                ...(anchor ? { href: anchor.href } : {}),
              });
            } else if (!limitsHit.includes('MAX_IMAGES')) limitsHit.push('MAX_IMAGES');
            if (anchor) anchor.imageAlt = (anchor.imageAlt ?? '') + (attributes.alt ?? '');
            break;
          }
          case 'form':
            form = { action: cleanUrl(attributes.action), method: (attributes.method ?? 'get').toLowerCase(), inputs: [] };
            if (form.action) pushLink({ href: form.action, text: '', source: 'form-action' });
            break;
          case 'input':
          case 'select':
          case 'textarea':
            form?.inputs.push({ name: attributes.name ?? '', type: (attributes.type ?? name).toLowerCase() });
            break;
          default:
        }
      },
      ontext(raw) {
        const current = top();
        if (current?.nonText) return;
        if (current?.hidden) {
          const text = raw.trim();
          if (text && hiddenText.length < MAX_HIDDEN_RUNS) hiddenText.push({ text, reason: current.hidden });
          return;
        }
        textParts.push(raw);
        if (anchor) anchor.text += raw;
        else outsideLinkParts.push(raw);
      },
      onclosetag(name) {
        const index = openIndexOf(stack, name);
        if (index >= 0) stack.length = index;
        if (BLOCK.has(name)) textParts.push('\n');
        if (name === 'a' && anchor) {
          const text = collapseWhitespace(anchor.text);
          pushLink({
            href: anchor.href,
            text: text || (anchor.imageAlt ?? ''),
            source: !text && anchor.imageAlt !== undefined ? 'image-link' : 'anchor',
          });
          anchor = undefined;
        }
        if (name === 'form' && form) {
          if (forms.length < MAX_FORMS) forms.push(form);
          form = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Fed in chunks so that we can stop when the nesting gets absurd: htmlparser2's open-element bookkeeping is
  // quadratic in the depth, and HTML that never closes its tags would otherwise take seconds.
  for (let offset = 0; offset < source.length; offset += HTML_CHUNK_CHARS) {
    parser.write(source.slice(offset, offset + HTML_CHUNK_CHARS));
    if (stack.length > MAX_HTML_DEPTH) {
      limitsHit.push('MAX_HTML_DEPTH');
      break;
    }
  }
  parser.end();
  if (form && forms.length < MAX_FORMS) forms.push(form);

  return {
    visibleText: collapseWhitespace(textParts.join('')),
    textOutsideLinks: outsideLinkParts.join(''),
    links, images, forms, hiddenText, limitsHit };
}
