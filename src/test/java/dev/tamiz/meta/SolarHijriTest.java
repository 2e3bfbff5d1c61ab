package dev.tamiz.meta;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date parser's Solar Hijri arithmetic agrees with ICU's PersianCalendar on every day of 1300 to 1500 AP. */
class SolarHijriTest {

    @Test
    void agreesWithIcuEveryDay() {
        PersianCalendar pc = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        int days = 0;
        for (int y = 1300; y <= 1500; y++) {
            for (int m = 1; m <= 12; m++) {
                pc.clear();
                pc.set(y, m - 1, 1);
                int len = pc.getActualMaximum(Calendar.DAY_OF_MONTH);
                for (int d = 1; d <= 31; d++) {
                    if (d > len) {
                        assertEquals(java.util.Optional.empty(), DateParser.solarToGregorian(y, m, d), y + "/" + m + "/" + d);
                        continue;
                    }
                    pc.clear();
                    pc.set(y, m - 1, d);
                    g.setTimeInMillis(pc.getTimeInMillis());
                    String want = String.format(Locale.ROOT, "%04d-%02d-%02d",
                            g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
                    assertEquals(want, DateParser.solarToGregorian(y, m, d).orElseThrow(), y + "/" + m + "/" + d);
                    days++;
                }
            }
        }
        assertEquals(73_414, days, "days checked");
    }
}
