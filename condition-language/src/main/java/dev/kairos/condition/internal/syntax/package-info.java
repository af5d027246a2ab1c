/**
 * Reading the language's text: tokens and parse trees, time literals, windows and durations, and
 * errors that say where, what was found and what is accepted ({@link
 * dev.kairos.condition.internal.syntax.SyntaxError}). It never imports the public package; the
 * public parsers call it and turn its errors into their documented exception. Not API: no other
 * module may import it.
 */
package dev.kairos.condition.internal.syntax;
