/**
 * Stage 1: splitting scraped text into blocks ({@link dev.tamiz.segment.Segmenter}), and the page structure
 * that decides each kept block's kind ({@link dev.tamiz.segment.StructureAnalyzer}).
 */
package dev.tamiz.segment;
