/** One colour per ACLED event_type, used by the map, the list and the legend alike. */
export const typeColours: Record<string, string> = {
  Battles: '#c62828',
  'Explosions/Remote violence': '#ef6c00',
  'Violence against civilians': '#6a1b9a',
  Protests: '#2e7d32',
  Riots: '#6d4c41',
  'Strategic developments': '#1565c0',
};

export const colourOf = (eventType: string): string => typeColours[eventType] ?? '#455a64';

export const controlColours: Record<string, string> = {
  occupied: '#d32f2f',
  contested: '#f9a825',
  liberated: '#1976d2',
};

/** marker radius in pixels: grows with the square root of the independent outlets */
export const radiusOf = (corroboration: number): number => 5 + 3 * Math.sqrt(Math.max(0, corroboration - 1));
