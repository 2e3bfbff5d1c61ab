/**
 * Cleaning many pages: {@link dev.tamiz.batch.Batch} runs a cleaner over a stream of inputs on several threads,
 * in bounded memory, delivering results in input order.
 */
package dev.tamiz.batch;
