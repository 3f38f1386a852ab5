/**
 * Control status names on territorial-control maps. DeepState names each polygon
 * "<uk> /// <English>" (its own language first, in Cyrillic), sometimes with dates appended,
 * non-breaking spaces or a trailing newline; the English half is read first, the native half when
 * the English is unknown.
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
  /** the map's own language (uk), before the "///" */
  native: RegExp;
}

export const controlStatusNames: { rules: StatusRule[]; classify(name: string): ControlStatus | null } = {
  rules: [
    // "CADR and CALR" (ОРДЛО): the areas held since 2014, drawn as their own polygon
    { status: 'occupied', english: /^(?:occupied|cadr and calr\b)/, native: /^(?:окупован|ордло)/ },
    {
      status: 'liberated',
      english: /^(?:taken back|recaptured|liberated|de-?occupied)\b/,
      native: /^(?:звільнен|деокупован)/,
    },
    {
      status: 'contested',
      english: /^(?:contested|contensed|situation is unknown|unknown status|status unknown)\b/,
      native: /^(?:під питанням|ситуація невідома|статус невідомий)/,
    },
  ],
  classify(name: string): ControlStatus | null {
    const clean = name
      .replace(/[\u00a0\s]+/g, ' ')
      .trim()
      .toLowerCase();
    const parts = clean.split('///').map((p) => p.trim());
    const english = parts.length > 1 ? parts[parts.length - 1]! : clean;
    const native = parts[0]!;
    for (const r of this.rules) if (r.english.test(english)) return r.status;
    for (const r of this.rules) if (r.native.test(native)) return r.status;
    return null;
  },
};

/**
 * Areas DeepState draws as their own named polygons that are not a control status of this war:
 * Transnistria (Moldova's breakaway region, held by foreign troops since 1992) and Snake Island
 * (a landmark, whose holder the map tells by colour only). They are known, so skipped without a
 * warning in every file; the import names them once.
 *
 * Matches:  "Придністров'я /// Transnistria" → Transnistria
 * Must not: "Зміїний /// Some Island"       → null (the English half decides when there is one)
 */
const OUTSIDE_THE_WAR: { name: string; english: RegExp; native: RegExp }[] = [
  { name: 'Transnistria', english: /^transnistria$/, native: /^придністров/ },
  { name: 'Snake Island', english: /^snake island$/, native: /^зміїний$/ },
];

/** The name of an area outside the war's control statuses, or null. */
export function outsideTheWar(label: string): string | null {
  const clean = label
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .toLowerCase();
  const parts = clean.split('///').map((p) => p.trim());
  for (const area of OUTSIDE_THE_WAR) {
    if (
      parts.length > 1
        ? area.english.test(parts[parts.length - 1]!)
        : area.english.test(clean) || area.native.test(clean)
    ) {
      return area.name;
    }
  }
  return null;
}
