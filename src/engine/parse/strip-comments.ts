/** Removes RFC 5322 comments, nested ones included: 'spf=pass (sender IP is (1.2.3.4))' => 'spf=pass '. */
export function stripComments(value: string): string {
  let depth = 0;
  let out = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1); // a stray ')' would glue to the result: 'pass)'
    else if (depth === 0) out += char;
  }
  return out;
}
