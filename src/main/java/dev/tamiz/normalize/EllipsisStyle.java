package dev.tamiz.normalize;

/** Style option: the ellipsis. */
public enum EllipsisStyle {
    /** Leave it. */
    KEEP,
    /** Three or more full stops become HORIZONTAL ELLIPSIS U+2026. */
    CHARACTER,
    /** U+2026 becomes three full stops. */
    DOTS
}
