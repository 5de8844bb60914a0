package org.zwgk.rules.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The State Council notices of 2021–2026 (their published text, {@code src/test/resources/notices/YYYY.txt}) import
 * into exactly today's {@code drl/calendar/YYYY.yaml}; a notice that is wrong or unreadable is refused with every
 * problem named by its line, in Chinese.
 */
class NoticeImportTest {

    static String notice(int year) {
        try (InputStream in = NoticeImportTest.class.getResourceAsStream("/notices/" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(int year) {
        return CalendarFiles.rulesDirectory().resolve("calendar/" + year + ".yaml");
    }

    private static CalendarYear parse(String text, int year) {
        return NoticeParser.parse(text, year, null, CalendarFiles.statutory());
    }

    private static NoticeException refused(String text, int year) {
        return assertThrows(NoticeException.class, () -> parse(text, year));
    }

    @ParameterizedTest(name = "the {0} notice imports into today''s calendar/{0}.yaml")
    @ValueSource(ints = {2021, 2022, 2023, 2024, 2025, 2026})
    void eachNoticeReproducesTodaysFile(int year) throws IOException {
        CalendarYear today = CalendarFiles.read(file(year));
        CalendarYear imported = NoticeParser.parse(notice(year), year, today.url(), CalendarFiles.statutory());
        assertEquals(today, imported, "parsed structure");
        assertEquals(Files.readString(file(year)), CalendarFileFormat.format(imported), "file text");
    }

    @Test
    void theNoticeNumberAndDateAreRead() {
        CalendarYear y = parse(notice(2025), 2025);
        assertEquals("国办发明电〔2024〕12号", y.number());
        assertEquals(LocalDate.of(2024, 11, 12), y.date());
        assertEquals("国务院办公厅关于2025年部分节假日安排的通知", y.notice());
    }

    @Test
    void aDecemberDateOfThe元旦LineWithoutAYearIsInTheYearBefore() {
        String text = notice(2023).replace("2022年12月31日至2023年1月2日", "12月31日至1月2日");
        CalendarYear y = parse(text, 2023);
        assertEquals(List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 2)),
                y.holidays().get(0).off());
    }

    @Test
    void aRangeWithTheLunarDatesAndWeekdaysBesideItIsRead() {
        CalendarYear y = parse(notice(2026), 2026);
        CalendarYear.Holiday spring = y.holidays().get(1);
        assertEquals("春节", spring.name());
        assertEquals(9, spring.off().size());
        assertEquals(LocalDate.of(2026, 2, 15), spring.off().get(0));
        assertEquals(List.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)), spring.workdays());
    }

    @Test
    void aWeekdayThatIsNotTheDatesIsRefusedNamingTheLine() {
        NoticeException e = refused(notice(2026).replace("1月4日（周日）上班", "1月4日（周六）上班"), 2026);
        assertEquals(List.of(new NoticeException.Problem(8, "“1月4日（周六）”标注为星期六，但2026-01-04是星期日")),
                e.problems());
        assertTrue(e.getMessage().startsWith("第8行："), e.getMessage());
    }

    @Test
    void anAdjustedWorkingDayOnAWeekdayIsRefused() {
        NoticeException e = refused(notice(2024).replace("4月7日（星期日）上班", "4月8日上班"), 2024);
        assertEquals(List.of(new NoticeException.Problem(13, "调休上班日2024-04-08是星期一，不是周末：调休上班日应为星期六或星期日")),
                e.problems());
    }

    @Test
    void aDayCountThatDisagreesWithTheRangeIsRefused() {
        NoticeException e = refused(notice(2021).replace("2月11日至17日放假调休，共7天", "2月11日至17日放假调休，共8天"), 2021);
        assertEquals(List.of(new NoticeException.Problem(10, "“共8天”与放假日期2021-02-11至2021-02-17（7天）不符")), e.problems());
    }

    @Test
    void aMissingStatutoryHolidayIsRefused() {
        NoticeException e = refused(notice(2022).replace("六、中秋节：9月10日至12日放假，共3天。\n", "")
                .replace("七、国庆节", "六、国庆节"), 2022);
        assertEquals(List.of(new NoticeException.Problem(0, "通知中缺少法定节假日“中秋节”（《全国年节及纪念日放假办法》第二条第六项）")),
                e.problems());
    }

    @Test
    void aStatutoryDayOffTheNoticeLeavesOutIsRefused() {
        // under the 2024 revision 春节 starts on 除夕 (2026-02-16); a notice starting the break on 02-17 breaks the 办法
        NoticeException e = refused(notice(2026).replace("2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天",
                "2月17日（周二）至23日（周一）放假调休，共7天"), 2026);
        assertEquals(List.of(new NoticeException.Problem(10,
                "2026-02-16是法定节假日（春节，《全国年节及纪念日放假办法》第二条第二项），但通知未列为放假日")), e.problems());
    }

    @Test
    void aDateBothOffAndWorkingIsRefused() {
        NoticeException e = refused(notice(2022).replace("10月8日（星期六）、10月9日（星期日）上班", "10月7日（星期五）、10月9日（星期日）上班"), 2022);
        assertTrue(e.problems().contains(new NoticeException.Problem(20, "调休上班日2022-10-07是星期五，不是周末：调休上班日应为星期六或星期日")),
                e.problems().toString());
        assertTrue(e.problems().contains(new NoticeException.Problem(20, "2022-10-07既列为上班日，又在“国庆节”中列为放假日")),
                e.problems().toString());
    }

    @Test
    void theWrongYearNoNumberAndNoDateAreEachNamed() {
        String text = notice(2025).replace("国办发明电〔2024〕12号", "").replace("2024年11月12日", "");
        NoticeException e = refused(text, 2027);
        List<String> reasons = e.problems().stream().map(NoticeException.Problem::toString).toList();
        assertTrue(reasons.contains("第1行：通知标题是2025年的节假日安排，而要导入的是2027年"), reasons.toString());
        assertTrue(reasons.contains("未找到发文字号（如“国办发明电〔2026〕7号”）；请把通知开头的发文字号一并粘贴"), reasons.toString());
        assertTrue(reasons.contains("未找到成文日期（通知末尾单独一行，如“2026年11月4日”）"), reasons.toString());
    }

    @Test
    void aLineWhoseDatesCannotBeReadIsNamed() {
        NoticeException e = refused(notice(2023).replace("三、清明节：4月5日放假，共1天。", "三、清明节：清明当日放假，共1天。"), 2023);
        assertEquals(List.of(new NoticeException.Problem(12, "无法识别放假日期“清明当日”（应为“X月X日”或“X月X日至X日”）")), e.problems());
    }

    @Test
    void numberedLinesOutOfOrderAreRefused() {
        NoticeException e = refused(notice(2021).replace("五、端午节", "六、端午节"), 2021);
        assertEquals(List.of(new NoticeException.Problem(16, "编号“六、”应为“五、”（编号须连续）")), e.problems());
    }

    @Test
    void textWithHalfWidthPunctuationAndCarriageReturnsIsRead() {
        String text = notice(2026).replace('（', '(').replace('）', ')').replace('：', ':').replace("\n", "\r\n");
        assertEquals(parse(notice(2026), 2026), parse(text, 2026));
    }
}
