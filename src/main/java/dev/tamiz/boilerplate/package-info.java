/**
 * Boilerplate removal: the rule catalogue (data files, see {@link dev.tamiz.boilerplate.RuleCatalog}) and the
 * block classifier that decides, for every block, keep or remove and why.
 */
package dev.tamiz.boilerplate;
