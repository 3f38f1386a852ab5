/** Short front-line reports written for these tests (JSON Lines, one per line), varied by number. */
// prettier-ignore
const towns = ['Kharkiv', 'Izium', 'Kupiansk', 'Balakliia', 'Lyman', 'Sloviansk', 'Kramatorsk', 'Bakhmut', 'Zaporizhzhia', 'Kherson', 'Mykolaiv', 'Nikopol'];
const acts = [
  (t: string) => `Russian artillery shelled ${t} overnight, damaging a school and two apartment blocks`,
  (t: string) => `Ukrainian troops retook two villages east of ${t} after a day of fighting`,
  (t: string) => `a drone struck a fuel depot on the edge of ${t}, starting a fire that burned until morning`,
  (t: string) =>
    `residents of ${t} gathered outside the town hall to protest against the closure of the local hospital`,
];

export function reports(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = towns[i % towns.length]!;
    const act = acts[Math.floor(i / towns.length) % acts.length]!(town);
    const day = 1 + (i % 28);
    const wounded = 2 + (i % 9);
    lines.push(
      JSON.stringify({
        title: `Report ${i + 1} from ${town}`,
        outlet: ['Eastern Courier', 'Kyiv Ledger', 'Frontline Digest'][i % 3],
        published: `2022-09-${String(day).padStart(2, '0')}`,
        text: `${town} — On ${day} September, ${act}, the regional governor said on Telegram. He said ${wounded} people were wounded. This is dispatch number ${i + 1}.`,
      }),
    );
  }
  return lines.join('\n') + '\n';
}
