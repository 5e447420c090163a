/** Writes a small RFC 5322 message for tests: headers in order, CRLF line ends, body as given. */
export function eml(headers: Record<string, string>, body: string): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`;
}

/** Multipart body with the given boundary and parts (each part: headers + body). */
export function multipart(boundary: string, parts: { headers: Record<string, string>; body: string }[]): string {
  const rendered = parts.map((part) => {
    const lines = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}`);
    return `--${boundary}\r\n${lines.join('\r\n')}\r\n\r\n${part.body}\r\n`;
  });
  return `${rendered.join('')}--${boundary}--\r\n`;
}
