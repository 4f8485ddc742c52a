/**
 * The shelter-to-home pathway (#17, ADR 26): a citizen's stay at a §110 shelter from intake to a
 * recommendation for their own home or another housing offer — the weekly resident review, the
 * shelter's observations along VUM, the case worker's requests for documentation — and the one step
 * into the register ({@code tenancy}) for those who get a flat. Housing associations see nothing of
 * it, ever; who sees which stay is one rule, {@code application.PathwayScope}.
 */
package dk.kk.naboskab.pathway;
