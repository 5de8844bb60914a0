package org.zwgk.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rules calendar import}: the 2021–2026 notices' texts rewrite today's calendar files byte for byte. */
class CalendarCommandTest {

    /** The notices' texts ({@code rules-core/src/test/resources/notices/YYYY.txt}). */
    static Path noticeText(int year) {
        return Path.of(System.getProperty("zwgk.notices", "../rules-core/src/test/resources/notices")).resolve(year + ".txt");
    }

    private static String urlOf(Path yaml) throws IOException {
        Matcher m = Pattern.compile("(?m)^url: (.+)$").matcher(Files.readString(yaml));
        return m.find() ? m.group(1) : null;
    }

    @AfterEach
    void restoreInput() {
        CalendarCommand.Import.input = System.in;
    }

    @ParameterizedTest(name = "importing the {0} notice writes today''s calendar/{0}.yaml")
    @ValueSource(ints = {2021, 2022, 2023, 2024, 2025, 2026})
    void eachNoticeRewritesTodaysFile(int year, @TempDir Path tmp) throws IOException {
        Path original = Cli.drl().resolve("calendar/" + year + ".yaml");
        Path calendar = Files.createDirectories(tmp.resolve("drl/calendar"));
        Files.copy(Cli.drl().resolve("calendar/statutory.yaml"), calendar.resolve("statutory.yaml"));

        Cli.Result r = Cli.run("calendar", "import", String.valueOf(year), noticeText(year).toString(),
                "--rules", tmp.resolve("drl").toString(), "--url", urlOf(original), "--yes");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(Files.readString(original), Files.readString(calendar.resolve(year + ".yaml")), r.toString());
        assertTrue(r.out().contains("核对通过：") && r.out().contains("已写入 "), r.toString());
    }

    @Test
    void theFileIsShownAndWrittenOnlyWhenTheClerkSaysYes(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Path target = dir.resolve("calendar/2026.yaml");
        Files.delete(target);

        CalendarCommand.Import.input = new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8));
        Cli.Result no = Cli.run("calendar", "import", "2026", noticeText(2026).toString(), "--rules", dir.toString());
        assertEquals(0, no.exit(), no.toString());
        assertTrue(no.out().contains("  春节：放假 2026-02-15（星期日）至2026-02-23（星期一），共9天；调休上班 2026-02-14（星期六）、2026-02-28（星期六）"),
                no.toString());
        assertTrue(no.out().contains("    off: [2026-01-01, 2026-01-02, 2026-01-03]"), "the file is printed for review\n" + no);
        assertTrue(no.out().contains("写入 " + target + "？[y/N] "), no.toString());
        assertTrue(no.out().contains("未写入 " + target), no.toString());
        assertFalse(Files.exists(target));

        CalendarCommand.Import.input = new ByteArrayInputStream(new byte[0]);
        Cli.Result eof = Cli.run("calendar", "import", "2026", noticeText(2026).toString(), "--rules", dir.toString());
        assertTrue(eof.out().contains("加 --yes 确认写入"), eof.toString());
        assertFalse(Files.exists(target));

        CalendarCommand.Import.input = new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8));
        Cli.Result yes = Cli.run("calendar", "import", "2026", noticeText(2026).toString(), "--rules", dir.toString());
        assertEquals(0, yes.exit(), yes.toString());
        assertTrue(Files.exists(target), yes.toString());
        assertTrue(Files.readString(target).contains("number: 国办发明电〔2025〕7号\ndate: 2025-11-04\n"));
    }

    @Test
    void aNoticeThatDoesNotCheckIsRefusedNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Path bad = tmp.resolve("notice.txt");
        Files.writeString(bad, Files.readString(noticeText(2026)).replace("1月4日（周日）上班", "1月5日（周一）上班"));

        Cli.Result r = Cli.run("calendar", "import", "2026", bad.toString(), "--rules", dir.toString(), "--yes");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains(bad + ":8: 错误：调休上班日2026-01-05是星期一，不是周末：调休上班日应为星期六或星期日"), r.toString());
        assertTrue(r.out().contains("通知未通过核对（1处问题），未写入 "), r.toString());
    }

    @Test
    void aNoticeSavedAsGbkIsRead(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Path gbk = tmp.resolve("notice-gbk.txt");
        Files.writeString(gbk, Files.readString(noticeText(2025)), Charset.forName("GB18030"));
        Cli.Result r = Cli.run("calendar", "import", "2025", gbk.toString(), "--rules", dir.toString(),
                "--url", "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm", "--yes");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(Files.readString(Cli.drl().resolve("calendar/2025.yaml")), Files.readString(dir.resolve("calendar/2025.yaml")));
    }

    @Test
    void aMissingNoticeFileIsAUsageError(@TempDir Path tmp) {
        Cli.Result r = Cli.run("calendar", "import", "2027", tmp.resolve("none.txt").toString(), "--rules", Cli.drl().toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("notice file not found"), r.toString());
    }
}
