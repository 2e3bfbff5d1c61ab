package dev.tamiz.normalize;

/**
 * Style option: how the ezafe after a final heh is written. The recognised forms are HEH WITH YEH ABOVE ۀ U+06C0,
 * heh + HAMZA ABOVE هٔ U+0647 U+0654, heh + ZWNJ + yeh ه‌ی, and heh, space, yeh ({@code ه ی}).
 */
public enum EzafeStyle {
    /** Leave every form as it is. */
    KEEP,
    /** ۀ U+06C0. */
    HEH_WITH_YEH,
    /** هٔ U+0647 U+0654. */
    HEH_HAMZA,
    /** ه‌ی U+0647 U+200C U+06CC. */
    HEH_ZWNJ_YEH
}
