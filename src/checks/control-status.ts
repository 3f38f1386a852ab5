/**
 * Control status names on territorial-control maps. DeepState names each polygon
 * "<Ukrainian> /// <English>", sometimes with dates appended, non-breaking spaces or a trailing
 * newline; the English half is read first, the Ukrainian half when the English is unknown.
 *
 * Matches:  "Звільнено 04.09 /// Liberated 04.09\n"  → liberated
 *           "Під питанням /// Contensed"            → contested (a misspelling found in the maps)
 * Must not: "Напрямок удару /// Direction of attack" → null (an arrow, not control)
 */
export type ControlStatus = 'occupied' | 'liberated' | 'contested';

export const CONTROL_STATUSES: readonly ControlStatus[] = ['occupied', 'liberated', 'contested'];

interface StatusRule {
  status: ControlStatus;
  english: RegExp;
  ukrainian: RegExp;
}

export const controlStatusNames: { rules: StatusRule[]; classify(name: string): ControlStatus | null } = {
  rules: [
    // "CADR and CALR" (ОРДЛО): the areas held since 2014, drawn as their own polygon
    { status: 'occupied', english: /^(?:occupied|cadr and calr\b)/, ukrainian: /^(?:окупован|ордло)/ },
    { status: 'liberated', english: /^(?:taken back|recaptured|liberated|de-?occupied)\b/, ukrainian: /^(?:звільнен|деокупован)/ },
    {
      status: 'contested',
      english: /^(?:contested|contensed|situation is unknown|unknown status|status unknown)\b/,
      ukrainian: /^(?:під питанням|ситуація невідома|статус невідомий)/,
    },
  ],
  classify(name: string): ControlStatus | null {
    const clean = name.replace(/[\u00a0\s]+/g, ' ').trim().toLowerCase();
    const parts = clean.split('///').map((p) => p.trim());
    const english = parts.length > 1 ? parts[parts.length - 1]! : clean;
    const ukrainian = parts[0]!;
    for (const r of this.rules) if (r.english.test(english)) return r.status;
    for (const r of this.rules) if (r.ukrainian.test(ukrainian)) return r.status;
    return null;
  },
};
