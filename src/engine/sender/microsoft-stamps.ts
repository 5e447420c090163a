import type { MailHeader } from '../model';

/** What Exchange Online Protection stamped on an inbound message, read from its own headers. */
export interface MicrosoftStamps {
  /** X-Forefront-Antispam-Report fields, keys uppercased: { CAT: 'PHSH', SCL: '5', SFTY: '9.25', SFV: 'SPM', ... }. */
  readonly report: ReadonlyMap<string, string>;
  /** Spam confidence level -1..9 (X-MS-Exchange-Organization-SCL, else the report's SCL); undefined when absent. */
  readonly scl?: number;
  /** Bulk complaint level 0..9 from X-Microsoft-Antispam 'BCL:n'. */
  readonly bcl?: number;
  /** Phishing confidence level 0..8 from X-MS-Exchange-Organization-PCL. */
  readonly pcl?: number;
}

/** A header can be huge in a crafted message; the stamps are short. */
const MAX_STAMP_LENGTH = 4000;

function header(headers: readonly MailHeader[], key: string): string | undefined {
  return headers.find((h) => h.key === key)?.value.slice(0, MAX_STAMP_LENGTH);
}

/** 'CIP:1.2.3.4;CTRY:IT;SCL:5;SRV:;SFV:SPM;CAT:PHSH;SFS:(13230040)(4636009);DIR:INB;' => Map. */
function parseReport(value: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of value.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim().toUpperCase();
    if (!fields.has(key)) fields.set(key, part.slice(colon + 1).trim());
  }
  return fields;
}

function level(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\s*-?\d{1,2}\s*$/.test(value)) return undefined;
  const n = Number.parseInt(value, 10);
  return n >= min && n <= max ? n : undefined;
}

/**
 * Reads the topmost stamps. Exchange Online rewrites these headers on the way in, but the sender's own tenant
 * leaves an outbound report (DIR:OUT) that says nothing about this delivery, so only inbound reports count.
 * X-Forefront-Antispam-Report-Untrusted is the sending tenant's copy and is ignored for the same reason.
 */
export function microsoftStamps(headers: readonly MailHeader[]): MicrosoftStamps {
  const raw = header(headers, 'x-forefront-antispam-report');
  const parsed = raw === undefined ? new Map<string, string>() : parseReport(raw);
  const report = parsed.get('DIR')?.toUpperCase() === 'OUT' ? new Map<string, string>() : parsed;
  const bclText = /\bBCL:(\d)\b/i.exec(header(headers, 'x-microsoft-antispam') ?? '')?.[1];
  return {
    report,
    scl: level(header(headers, 'x-ms-exchange-organization-scl'), -1, 9) ?? level(report.get('SCL'), -1, 9),
    bcl: level(bclText, 0, 9),
    pcl: level(header(headers, 'x-ms-exchange-organization-pcl'), 0, 8),
  };
}
