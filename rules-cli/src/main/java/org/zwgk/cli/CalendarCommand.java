package org.zwgk.cli;

import org.zwgk.rules.calendar.CalendarFileFormat;
import org.zwgk.rules.calendar.CalendarYear;
import org.zwgk.rules.calendar.NoticeException;
import org.zwgk.rules.calendar.NoticeParser;
import org.zwgk.rules.calendar.StatutoryHolidays;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code rules calendar import YEAR NOTICE}: a State Council holiday notice's text into {@code calendar/YEAR.yaml}. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "The working-day calendar (calendar/YYYY.yaml, one file per State Council holiday notice).",
        subcommands = {CalendarCommand.Import.class})
final class CalendarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return RulesCommand.USAGE;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read the text of 《国务院办公厅关于YYYY年部分节假日安排的通知》 (title, number, numbered lines, "
                    + "date; copied from www.gov.cn into a UTF-8 or GBK text file), check it (every statutory holiday of "
                    + "《全国年节及纪念日放假办法》 present, adjusted working days on weekends, no date both off and working, "
                    + "day counts and weekdays as written), print the calendar file for review and write "
                    + "RULES/calendar/YEAR.yaml once confirmed (--yes, or y at the prompt).",
                    "Exit 0 written (or declined at the prompt), 1 the notice does not check, 2 usage error."})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "YEAR", description = "the year the notice arranges, e.g. 2027")
        int year;

        @Parameters(index = "1", paramLabel = "NOTICE", description = "the notice's text file")
        Path notice;

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "drl",
                description = "the rule directory whose calendar/ receives the file (default: ${DEFAULT-VALUE})")
        Path rules;

        @Option(names = "--url", paramLabel = "URL", description = "where the notice is published (written as url:)")
        String url;

        @Option(names = {"-y", "--yes"}, description = "write without asking")
        boolean yes;

        /** Where the answer to the prompt is read from (tests replace it). */
        static InputStream input = System.in;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            RuleDirs.requireDirectory(spec, rules, "rule directory");
            Path calendarDir = rules.resolve("calendar");
            RuleDirs.requireDirectory(spec, calendarDir, "calendar directory");
            if (!Files.isRegularFile(notice)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "notice file not found: " + notice);
            }
            if (year < 2000 || year > 2100) {
                throw new CommandLine.ParameterException(spec.commandLine(), "YEAR must be a year such as 2027, was " + year);
            }
            Path statutoryFile = calendarDir.resolve("statutory.yaml");
            StatutoryHolidays statutory = null;
            if (Files.isRegularFile(statutoryFile)) {
                try (InputStream in = Files.newInputStream(statutoryFile)) {
                    statutory = StatutoryHolidays.read(in, statutoryFile.toString());
                }
            } else {
                out.println("注意：" + statutoryFile + " 不存在，不核对法定节假日");
            }

            CalendarYear parsed;
            try {
                parsed = NoticeParser.parse(read(notice), year, url, statutory);
            } catch (NoticeException e) {
                for (NoticeException.Problem p : e.problems()) {
                    out.println(notice + (p.line() > 0 ? ":" + p.line() : "") + ": 错误：" + p.reason());
                }
                out.println("通知未通过核对（" + e.problems().size() + "处问题），未写入 " + calendarDir.resolve(year + ".yaml"));
                return RulesCommand.FOUND;
            }

            Path target = calendarDir.resolve(year + ".yaml");
            List<String> clash = clashes(calendarDir, parsed);
            if (!clash.isEmpty()) {
                clash.forEach(c -> out.println(notice + ": 错误：" + c));
                out.println("未写入 " + target);
                return RulesCommand.FOUND;
            }

            out.println(parsed.notice() + "（" + parsed.number() + "，" + parsed.date() + "）");
            for (CalendarYear.Holiday h : parsed.holidays()) {
                out.println("  " + h.name() + "：放假 " + span(h.off()) + "，共" + h.off().size() + "天"
                        + (h.workdays().isEmpty() ? "" : "；调休上班 " + String.join("、", h.workdays().stream()
                        .map(CalendarCommand::withWeekday).toList())));
            }
            int off = parsed.holidays().stream().mapToInt(h -> h.off().size()).sum();
            int work = parsed.holidays().stream().mapToInt(h -> h.workdays().size()).sum();
            out.println("核对通过：" + parsed.holidays().size() + "个节日，放假" + off + "天，调休上班" + work + "天"
                    + (statutory == null ? "" : "；法定节假日齐全") + "；调休上班日均为周末；无日期既放假又上班。");
            out.println();
            out.println("--- " + target + (Files.exists(target) ? "（已存在，将被替换）" : "（新文件）"));
            String text = CalendarFileFormat.format(parsed);
            out.print(text);
            out.println("---");

            if (!yes && !confirm(out, target)) {
                out.println("未写入 " + target);
                return RulesCommand.OK;
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
            out.println("已写入 " + target + "。请运行 bin/rules validate " + rules + " 和 bin/rules test " + rules
                    + "；" + year + "年的期限不再是暂定的。");
            return RulesCommand.OK;
        }

        private boolean confirm(PrintWriter out, Path target) throws IOException {
            out.print("写入 " + target + "？[y/N] ");
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
            if (answer != null && System.console() == null) {
                out.println(); // the answer came from a pipe, not typed with its Enter
            }
            if (answer == null) {
                out.println();
                out.println("（没有可回答的终端：加 --yes 确认写入）");
                return false;
            }
            return answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes") || answer.trim().equals("是");
        }
    }

    /** The other calendar files' dates that the new year contradicts (a day off in one, a working day in the other). */
    private static List<String> clashes(Path calendarDir, CalendarYear parsed) throws IOException {
        List<CalendarYear> years = new ArrayList<>();
        try (Stream<Path> files = Files.list(calendarDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{4}\\.yaml")).sorted().toList()) {
                if (!f.getFileName().toString().equals(parsed.year() + ".yaml")) {
                    try (InputStream in = Files.newInputStream(f)) {
                        years.add(WorkingDayCalendar.readYear(in, f.toString()));
                    }
                }
            }
        }
        years.add(parsed);
        try {
            WorkingDayCalendar.of(years);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of("与已有日历文件冲突：" + e.getMessage());
        }
    }

    /** The notice's text: UTF-8, or GB18030 (a file saved by a Chinese Windows editor) if it is not UTF-8. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static String span(List<LocalDate> days) {
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        return days.size() == 1 ? withWeekday(first) : withWeekday(first) + "至" + withWeekday(last);
    }

    private static String withWeekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return d + "（星期" + "一二三四五六日".charAt(w.getValue() - 1) + "）";
    }
}
