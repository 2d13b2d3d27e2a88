import {expect} from "vitest";
import type {LifeTable} from "../../loaders/projections/index.ts";

/** Invariant check run after every life table (as DemoTools' lt_consistent): no negatives, qx ≤ 1, lx non-increasing, Tx and ex consistent. */
export function lifeTableConsistent(table: LifeTable): void {
  const k = table.lx.length;
  for (const key of ["nmx", "nqx", "lx", "ndx", "nLx", "Tx", "ex"] as const) {
    expect(table[key].length, key).toBe(k);
    expect(table[key].every((v) => Number.isFinite(v) && v >= 0), `${key} has a negative or non-finite value`).toBe(true);
  }
  expect(table.nqx.every((q) => q <= 1)).toBe(true);
  expect(table.nqx[k - 1]).toBe(1);
  for (let i = 1; i < k; ++i) expect(table.lx[i] <= table.lx[i - 1]).toBe(true);
  const total = table.nLx.reduce((a, b) => a + b, 0);
  expect(Math.abs(table.Tx[0] - total) < 1e-6 * total).toBe(true);
  expect(Math.abs(table.ex[0] - table.Tx[0] / table.lx[0]) < 1e-9).toBe(true);
}
