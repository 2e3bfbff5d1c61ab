/**
 * The facade and the result model: {@link dev.tamiz.Tamiz}, {@link dev.tamiz.Cleaner}, {@link dev.tamiz.Document},
 * {@link dev.tamiz.Paragraph}, {@link dev.tamiz.Removal}.
 */
package dev.tamiz;
