/**
 * Normalisation of script and punctuation: {@link dev.tamiz.normalize.Normalizer}.
 */
package dev.tamiz.normalize;
