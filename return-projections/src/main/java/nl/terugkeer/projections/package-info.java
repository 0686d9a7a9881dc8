/**
 * Read models, one package each, built from core's events only. Each owns its tables in the {@code projections}
 * schema, writes idempotently and truncates its tables on reset.
 */
package nl.terugkeer.projections;
