const MAX_OCTETS = 75;

function utf8Size(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line of vCard or iCalendar so no physical line exceeds 75 octets of UTF-8
 * (RFC 6350 3.2, RFC 5545 3.1): CRLF plus one space before each continuation, the space counted.
 * Breaks fall between code points, so a multi-byte character is never split.
 */
export function foldContentLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Size(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}
