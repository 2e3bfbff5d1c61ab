package dev.tamiz.spark;

import java.net.URI;
import java.util.Locale;

/** The host of a page's URL, the unit site templates are learned for. */
public final class Hosts {

    private Hosts() {
    }

    /**
     * The URL's host, lower-cased, without a leading {@code www.}; a URL without a scheme
     * ({@code example.com/a}) is read as {@code http://}. Null for null, blank or unreadable URLs.
     */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        String host = host(u);
        if (host == null && !u.contains("://")) {
            host = host("http://" + u);
        }
        if (host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String host(String u) {
        try {
            return URI.create(u).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
