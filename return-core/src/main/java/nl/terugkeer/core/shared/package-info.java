/** Ids, value objects and the rejection vocabulary shared by both aggregates. */
package nl.terugkeer.core.shared;
