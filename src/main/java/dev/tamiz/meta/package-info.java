/**
 * Page metadata: metadata lines (dates, news ids, bylines, sections) recognised and parsed, dates in the
 * Gregorian and Solar Hijri calendars converted to ISO 8601.
 */
package dev.tamiz.meta;
