package org.zwgk.rules;

/**
 * GB/T 2260 division codes: 211302 (双塔区) lies in 211300 (朝阳市), which lies in 210000 (辽宁省); every code lies in
 * {@code 000000}, the whole country. The one reading of "within" the engine, the service's filters and the command use.
 */
public final class Division {
    private Division() {
    }

    /** Whether {@code code} is six digits. */
    public static boolean isCode(String code) {
        if (code == null || code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code division} is {@code area} itself or lies inside it; everything lies in 000000. */
    public static boolean within(String division, String area) {
        if (Source.NATIONAL.equals(area)) {
            return true;
        }
        if (!isCode(division) || !isCode(area)) {
            return false;
        }
        if (area.endsWith("0000")) {
            return division.startsWith(area.substring(0, 2));
        }
        if (area.endsWith("00")) {
            return division.startsWith(area.substring(0, 4));
        }
        return division.equals(area);
    }
}
