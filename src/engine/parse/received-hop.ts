import { stripComments } from './strip-comments';

/** One Received header: the server that handed the message over (`from`) and the one that wrote the line (`by`). */
export interface ReceivedHop {
  /** Lowercased host name after `from`, as the sending server introduced itself; '' when absent. */
  readonly from: string;
  /** Lowercased host name after `by`: the server that wrote this line; '' when absent. */
  readonly by: string;
}

/**
 * 'from mail.a.example (1.2.3.4) by mx.b.example (10.0.0.1) with ESMTPS id x; Wed, 2 Dec 2026 ...'
 * => { from: 'mail.a.example', by: 'mx.b.example' }. Comments (the IP, the reverse DNS) are dropped; only the first
 * `from` and `by` count, since 'for <x@y>' and the date can repeat neither as a clause keyword.
 */
export function parseReceivedHop(value: string): ReceivedHop {
  const clauses = stripComments(value.slice(0, 2000)).split(';')[0] ?? '';
  const host = (keyword: string) => new RegExp(`(?:^|\\s)${keyword}\\s+([^\\s]+)`, 'i').exec(clauses)?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
  return { from: host('from'), by: host('by') };
}

/**
 * A host name with at least two labels: 'mx.google.com' yes; 'localhost', '[10.0.0.1]', '2002:a05:612c::1',
 * '192.0.2.7' no. Only named hosts say which organisation a server belongs to.
 */
export function isNamedHost(host: string): boolean {
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) && !/^[\d.]+$/.test(host);
}
