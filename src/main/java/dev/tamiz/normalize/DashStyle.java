package dev.tamiz.normalize;

/** Style option: dashes. */
public enum DashStyle {
    /** Leave them. */
    KEEP,
    /** A hyphen standing alone between spaces becomes EN DASH U+2013; {@code --} becomes EM DASH U+2014. */
    TYPOGRAPHIC,
    /** HYPHEN U+2010, NON-BREAKING HYPHEN U+2011, FIGURE DASH U+2012, EN and EM DASH U+2013 U+2014, HORIZONTAL BAR
     * U+2015 and MINUS SIGN U+2212 become HYPHEN-MINUS {@code -}. */
    ASCII
}
