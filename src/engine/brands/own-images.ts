// Which images a message shows as its own, and so may claim a brand through their alt text or the host they are served
// from. A message speaks as a brand through its logo; it does not through the marks every footer carries: app-store
// badges ('Get it on Google Play', 'Download on the App Store'), social-network icons that link to the sender's pages,
// payment-method logos (Visa, Mastercard, PayPal, Apple Pay in a row). A genuine Royal Mail notice with a Facebook
// icon does not "claim to be Facebook".
import type { MailImage } from '../model';
import { normalizeText } from '../text/normalize';
import { FOOTER_LINK_DOMAINS, registrableDomain, unwrapRedirect } from '../url';

/** Images looked at per message: a crafted message with thousands of images cannot slow the matcher. */
export const MAX_IMAGES_CLAIMED = 200;

/** Alt texts longer than this are captions or prose, not a logo's name; they are still read, but never as a row. */
const MAX_MARK_ALT_CHARS = 60;

/**
 * A logo's alt text names the brand in a few words ('Amazon.it', 'Logo Poste Italiane', 'PayPal - Il tuo conto'); more
 * is a caption ('Chart showing Apple's market valuation since 2000'), which talks about a brand.
 */
const MAX_LOGO_ALT_WORDS = 6;

/**
 * Alt-bearing images at the head of a message that may be its logo. A message shows its own logo first; the marks
 * of other brands come after the content, in the footer ('Facebook', 'Instagram' icons behind the sender's tracker).
 */
export const MAX_HEAD_IMAGES = 3;

/**
 * Icons are drawn small: social icons and payment marks are 16-48 px; a brand's logo heading a message is wider. Only
 * when both sides are declared (a missing size says nothing).
 */
const MAX_ICON_SIDE = 48;

/**
 * The wording of badges and footer icons in the six languages we read (normalized: lowercase, no accents): 'Get it on
 * Google Play', 'Download on the App Store', 'Disponibile su Google Play', 'Scarica l'app', 'Follow us on Instagram',
 * 'Seguici su Facebook', 'Facebook icon', 'Visa logo accepted' is NOT here: a logo is what a scam copies.
 */
const MARK_WORDING =
  /\b(?:get it on|download on|download (?:the|our) app|available on|available in|disponibile su|scarica(?:la|lo)? (?:su|da|l'?app)|scarica l'?app|disponible (?:en|sur|dans)|descargalo en|descarga(?:la)? en|consiguelo en|disponivel (?:no|na|em)|baixe (?:no|na|o app)|jetzt bei|laden im|herunterladen|telecharger|follow us|follow (?:\w+ )?on|seguici|seguiteci|suivez[- ]nous|siguenos|siga-nos|folge uns|folgen sie uns|find us on|like us on|join us on|connect with us|trovaci su|icon|icona|icone|icono|badge|share on|condividi su|partager sur|compartir en|compartilhar no|teilen auf|pay with|paga con|payer avec|pagar con|bezahlen mit|we accept|accettiamo|metodi di pagamento|payment methods)\b/;

/** A tracking pixel or spacer: nothing a reader sees. */
function isPixel(image: MailImage): boolean {
  return (image.width !== undefined && image.width <= 2) || (image.height !== undefined && image.height <= 2);
}

/** A small icon by its declared size: social icons and payment marks, not a heading logo. */
function isIcon(image: MailImage): boolean {
  return image.width !== undefined && image.height !== undefined && image.width <= MAX_ICON_SIDE && image.height <= MAX_ICON_SIDE;
}

/** The image links to a social network or an app store: the sender's page there, or the store listing of its app. */
function linksToSocialOrStore(image: MailImage): boolean {
  if (!image.href) return false;
  const destination = unwrapRedirect(/^www\./i.test(image.href) ? `http://${image.href}` : image.href);
  const domain = registrableDomain(destination);
  if (domain === '') return false;
  const host = destination.toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0] ?? '';
  // FOOTER_LINK_DOMAINS lists app stores by host (apps.apple.com, play.google.com): apple.com itself is no store.
  return FOOTER_LINK_DOMAINS.has(domain) || FOOTER_LINK_DOMAINS.has(host);
}

/** True when the alt text is a badge's or a footer icon's wording: 'Get it on Google Play', 'Seguici su Facebook'. */
export function isMarkWording(alt: string): boolean {
  return MARK_WORDING.test(normalizeText(alt.slice(0, 200)));
}

/**
 * The images that may stand for the message's own logo, in order: seen by the reader, not a footer mark by their
 * wording, size or link. Rows of marks (several neighbouring images each naming a different brand) are judged by
 * imagesInRows, once the caller knows which brand each image names.
 */
export function candidateLogoImages(images: readonly MailImage[]): readonly MailImage[] {
  return images.slice(0, MAX_IMAGES_CLAIMED).filter((image) => !isPixel(image) && !isIcon(image) && !isMarkWording(image.alt) && !linksToSocialOrStore(image));
}

/**
 * Positions (in `candidates`) whose alt text may name the message's own logo: the first MAX_HEAD_IMAGES with an alt
 * text, captions left out.
 */
export function headAltPositions(candidates: readonly MailImage[]): readonly number[] {
  const head: number[] = [];
  for (let position = 0; position < candidates.length && head.length < MAX_HEAD_IMAGES; position += 1) {
    const alt = candidates[position]?.alt.trim() ?? '';
    if (alt === '') continue;
    if (alt.split(/\s+/).length <= MAX_LOGO_ALT_WORDS) head.push(position);
    else head.push(-1);
  }
  return head.filter((position) => position >= 0);
}

/**
 * Positions (in `candidates`) of images that sit in a row of marks: next to another candidate image that names a
 * different brand, both with a short alt. 'Facebook' 'Instagram' 'X' in a footer, 'Visa' 'Mastercard' 'PayPal' under
 * a checkout, 'App Store' 'Google Play' side by side. A scam's logo names one brand and stands alone.
 * `named` maps a candidate's position to the ids of the brands it names (by alt text or by the host serving it).
 */
export function imagesInRows(named: ReadonlyMap<number, ReadonlySet<string>>, candidates: readonly MailImage[]): ReadonlySet<number> {
  const inRow = new Set<number>();
  const short = (position: number): boolean => (candidates[position]?.alt.length ?? 0) <= MAX_MARK_ALT_CHARS;
  for (const [position, brands] of named) {
    const next = named.get(position + 1);
    if (!next || !short(position) || !short(position + 1)) continue;
    const differ = [...next].some((brand) => !brands.has(brand)) || [...brands].some((brand) => !next.has(brand));
    if (differ) {
      inRow.add(position);
      inRow.add(position + 1);
    }
  }
  return inRow;
}

/** Payment networks and wallets whose marks sit in a row under a checkout or in a footer. */
const PAYMENT_MARKS: ReadonlySet<string> = new Set([
  'visa', 'mastercard', 'master card', 'maestro', 'american express', 'amex', 'discover', 'jcb', 'diners', 'diners club',
  'unionpay', 'paypal', 'apple pay', 'google pay', 'samsung pay', 'amazon pay', 'klarna', 'satispay', 'postepay',
  'bancomat', 'pagobancomat', 'bancomat pay', 'scalapay', 'sofort', 'ideal', 'bancontact', 'mb way', 'pix', 'boleto',
]);

/** The alt text is a payment network's name alone ('Visa', 'Mastercard logo'). */
export function isPaymentMark(alt: string): boolean {
  return PAYMENT_MARKS.has(normalizeText(alt.slice(0, 60)).replace(/\b(?:logo|icon|icona)\b/g, '').replace(/\s+/g, ' ').trim());
}
