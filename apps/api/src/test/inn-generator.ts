const W = [2, 4, 10, 3, 5, 9, 4, 6, 8];
let next = 100_000_000;

/** A fresh valid 10-digit INN per call, for tests that register many companies. */
export function uniqueInn(): string {
  const body = String(next++).padStart(9, '0').slice(-9);
  const check = ([...body].reduce((acc, c, i) => acc + W[i] * Number(c), 0) % 11) % 10;
  return `${body}${check}`;
}
