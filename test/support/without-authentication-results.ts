/**
 * The message as a client without the receiving server's verdicts sees it (an older Outlook gives no headers, some
 * gateways write only Received-SPF): Authentication-Results removed, folded lines included.
 */
export function withoutAuthenticationResults(raw: string): string {
  const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
  const kept = head.split(/\r?\n(?![ \t])/).filter((field) => !/^authentication-results:/i.test(field));
  return [kept.join('\n'), ...body].join('\n\n');
}
