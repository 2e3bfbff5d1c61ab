/**
 * Language identification per paragraph: the {@link dev.tamiz.lang.LanguageDetector} interface and the detector
 * Tamiz ships ({@link dev.tamiz.lang.LanguageDetectors#standard()}).
 */
package dev.tamiz.lang;
