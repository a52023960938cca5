/**
 * The IANA name of a time zone Intl knows, with its canonical capitalisation, or null. Offsets
 * such as `+01:00` are refused: PostgreSQL reads them with the opposite (POSIX) sign.
 */
export function ianaTimeZone(value: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // keep the name asked for (Intl maps some to older aliases), only fixing its case
  return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
}
