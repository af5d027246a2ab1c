/**
 * Time windows of the language ({@code daily after 08:00}, {@code time of week on Mon}) and their
 * occurrences across time zones and DST transitions. Depends on nothing of Kairos but itself. Not
 * API: no other module may import it.
 */
package dev.kairos.condition.internal.time;
