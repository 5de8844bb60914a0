package org.zwgk.rules.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a State Council holiday notice (《国务院办公厅关于YYYY年部分节假日安排的通知》) into the calendar
 * year it announces, and checks it:
 * <ul>
 *   <li>the title names the year asked for; the notice's number (发文字号) and date (成文日期) are present;</li>
 *   <li>the numbered lines ("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。") are in order,
 *       each gives its days off; "共N天" agrees with the range; a weekday written beside a date is that date's;</li>
 *   <li>every adjusted working day (上班) is a Saturday or Sunday; no date is both a day off and a working day;</li>
 *   <li>every statutory holiday of 《全国年节及纪念日放假办法》 has a line, and (from the revision in force) each of its
 *       statutory days off is a day off in the notice.</li>
 * </ul>
 * A date without a year is in the notice's year; a December date in the 元旦 line without a year is in the year
 * before (a break across 1 January), and the end of a range that wraps past December is in the next year. Lines that
 * are not numbered (the salutation, the closing paragraph) are not read, nor are sentences that neither give days off
 * (放假, 补休) nor working days (上班), e.g. "鼓励……安排职工在除夕（2月9日）休息".
 *
 * <p>Every problem names the line; all problems of a text are reported together.
 */
public final class NoticeParser {

    private static final Pattern TITLE = Pattern.compile("国务院办公厅关于(\\d{4})年\\s*部分节假日安排的通知");
    private static final Pattern NUMBER = Pattern.compile("国办发明电\\s*[〔\\[［]\\s*(\\d{4})\\s*[〕\\]］]\\s*(\\d+)\\s*号");
    private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern ITEM = Pattern.compile("^([一二三四五六七八九十]+)、([^：]{1,20})：(.*)$");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:（([^）]*)）)?");
    private static final Pattern DAYS = Pattern.compile("共(\\d+)天");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期)([一二三四五六日天])");
    private static final String NUMERALS = "一二三四五六七八九十";

    private NoticeParser() {
    }

    /**
     * @param text      the notice's text as published (title, number, numbered lines, date)
     * @param year      the year the clerk imports; the title must name it
     * @param url       where the notice is published, or {@code null}
     * @param statutory the statutory holidays to check the notice against, or {@code null} to skip that check
     * @throws NoticeException naming every line that cannot be read or does not check
     */
    public static CalendarYear parse(String text, int year, String url, StatutoryHolidays statutory) {
        List<NoticeException.Problem> problems = new ArrayList<>();
        String[] lines = normalize(text).split("\n", -1);

        String title = null;
        String number = null;
        LocalDate date = null;
        int dateLine = 0;
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            Matcher t = TITLE.matcher(line);
            if (title == null && t.find()) {
                title = "国务院办公厅关于" + t.group(1) + "年部分节假日安排的通知";
                if (Integer.parseInt(t.group(1)) != year) {
                    problems.add(new NoticeException.Problem(no, "通知标题是" + t.group(1) + "年的节假日安排，而要导入的是"
                            + year + "年"));
                }
            }
            Matcher n = NUMBER.matcher(line);
            if (number == null && n.find()) {
                number = "国办发明电〔" + n.group(1) + "〕" + n.group(2) + "号";
            }
            Matcher d = DATE_LINE.matcher(line);
            if (d.matches()) {
                try {
                    date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                    dateLine = no;
                } catch (DateTimeException e) {
                    problems.add(new NoticeException.Problem(no, "成文日期“" + line + "”不是有效日期"));
                }
            }
            Matcher it = ITEM.matcher(line);
            if (it.matches()) {
                items.add(new Item(no, it.group(1), it.group(2).trim(), it.group(3)));
            }
        }
        if (title == null) {
            // the title may be broken over two lines ("国务院办公厅关于2024年" / "部分节假日安排的通知")
            Matcher t = TITLE.matcher(String.join("", lines));
            if (t.find()) {
                title = "国务院办公厅关于" + t.group(1) + "年部分节假日安排的通知";
                if (Integer.parseInt(t.group(1)) != year) {
                    problems.add(new NoticeException.Problem(0, "通知标题是" + t.group(1) + "年的节假日安排，而要导入的是"
                            + year + "年"));
                }
            }
        }
        if (title == null) {
            problems.add(new NoticeException.Problem(0, "未找到通知标题“国务院办公厅关于" + year + "年部分节假日安排的通知”"));
        }
        if (number == null) {
            problems.add(new NoticeException.Problem(0, "未找到发文字号（如“国办发明电〔" + (year - 1) + "〕7号”）；请把通知开头的发文字号一并粘贴"));
        }
        if (date == null) {
            problems.add(new NoticeException.Problem(0, "未找到成文日期（通知末尾单独一行，如“" + (year - 1) + "年11月4日”）"));
        } else if (date.getYear() > year) {
            problems.add(new NoticeException.Problem(dateLine, "成文日期" + date + "晚于所安排的" + year + "年"));
        }
        if (items.isEmpty()) {
            problems.add(new NoticeException.Problem(0, "未找到编号的节假日安排（如“一、元旦：1月1日放假……”）"));
        }

        List<CalendarYear.Holiday> holidays = new ArrayList<>();
        Map<LocalDate, String> offBy = new HashMap<>();
        Map<LocalDate, String> workBy = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            int expected = k + 1;
            if (numeral(item.numeral) != expected) {
                problems.add(new NoticeException.Problem(item.line, "编号“" + item.numeral + "、”应为“" + chinese(expected)
                        + "、”（编号须连续）"));
            }
            CalendarYear.Holiday h = readItem(item, year, problems);
            if (h == null) {
                continue;
            }
            for (LocalDate d : h.off()) {
                String before = offBy.put(d, item.name);
                if (before != null) {
                    problems.add(new NoticeException.Problem(item.line, d + "已在“" + before + "”中列为放假日"));
                }
            }
            for (LocalDate d : h.workdays()) {
                workBy.put(d, item.name);
            }
            holidays.add(h);
        }
        for (Item item : items) {
            holidays.stream().filter(h -> h.name().equals(item.name)).findFirst().ifPresent(h -> {
                for (LocalDate d : h.workdays()) {
                    if (offBy.containsKey(d)) {
                        problems.add(new NoticeException.Problem(item.line, d + "既列为上班日，又在“" + offBy.get(d)
                                + "”中列为放假日"));
                    }
                }
            });
        }
        if (statutory != null && !items.isEmpty()) {
            checkStatutory(statutory, year, items, offBy, problems);
        }
        if (!problems.isEmpty()) {
            throw new NoticeException(problems);
        }
        return new CalendarYear(year, title, number, date, url, holidays);
    }

    private static void checkStatutory(StatutoryHolidays statutory, int year, List<Item> items,
                                       Map<LocalDate, String> offBy, List<NoticeException.Problem> problems) {
        for (StatutoryHolidays.Statutory s : statutory.holidays()) {
            Item line = items.stream().filter(i -> List.of(i.name.split("、")).contains(s.name())).findFirst().orElse(null);
            if (line == null) {
                problems.add(new NoticeException.Problem(0, "通知中缺少法定节假日“" + s.name() + "”（《" + statutory.document()
                        + "》" + nz(s.clause()) + "）"));
                continue;
            }
            if (year < statutory.validFrom().getYear()) {
                continue; // the statutory days of the revision in force are checked only for the years it governs
            }
            for (LocalDate d : statutory.daysOff(s, year)) {
                if (!offBy.containsKey(d)) {
                    problems.add(new NoticeException.Problem(line.line, d + "是法定节假日（" + s.name() + "，《"
                            + statutory.document() + "》" + nz(s.clause()) + "），但通知未列为放假日"));
                }
            }
        }
    }

    /** One numbered line: its days off, its working days. {@code null} when it cannot be read (problems added). */
    private static CalendarYear.Holiday readItem(Item item, int year, List<NoticeException.Problem> problems) {
        List<LocalDate> off = new ArrayList<>();
        List<LocalDate> work = new ArrayList<>();
        boolean unreadable = false;
        for (String sentence : item.body.split("。")) {
            String s = sentence.trim();
            int offAt = firstOf(s, "放假", "补休");
            int workAt = s.indexOf("上班");
            if (offAt >= 0) {
                List<Token> ts = tokens(s.substring(0, offAt), item, year, problems);
                if (ts == null) {
                    unreadable = true;
                    continue;
                }
                List<LocalDate> range;
                if (ts.size() == 1) {
                    range = List.of(ts.get(0).date);
                } else if (ts.size() == 2 && s.substring(0, offAt).contains("至")) {
                    if (ts.get(1).date.isBefore(ts.get(0).date)) {
                        problems.add(new NoticeException.Problem(item.line, "放假日期“" + s.substring(0, offAt)
                                + "”的结束日早于开始日"));
                        unreadable = true;
                        continue;
                    }
                    range = new ArrayList<>();
                    for (LocalDate d = ts.get(0).date; !d.isAfter(ts.get(1).date); d = d.plusDays(1)) {
                        range.add(d);
                    }
                } else {
                    problems.add(new NoticeException.Problem(item.line, "无法识别放假日期“" + s.substring(0, offAt)
                            + "”（应为“X月X日”或“X月X日至X日”）"));
                    unreadable = true;
                    continue;
                }
                Matcher days = DAYS.matcher(s);
                if (days.find() && Integer.parseInt(days.group(1)) != range.size()) {
                    problems.add(new NoticeException.Problem(item.line, "“" + days.group() + "”与放假日期" + range.get(0)
                            + "至" + range.get(range.size() - 1) + "（" + range.size() + "天）不符"));
                }
                off.addAll(range);
            } else if (workAt >= 0) {
                List<Token> ts = tokens(s.substring(0, workAt), item, year, problems);
                if (ts == null) {
                    unreadable = true;
                    continue;
                }
                if (ts.isEmpty()) {
                    problems.add(new NoticeException.Problem(item.line, "无法识别上班日期“" + s + "”"));
                    unreadable = true;
                }
                for (Token t : ts) {
                    DayOfWeek dow = t.date.getDayOfWeek();
                    if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                        problems.add(new NoticeException.Problem(item.line, "调休上班日" + t.date + "是" + weekday(dow)
                                + "，不是周末：调休上班日应为星期六或星期日"));
                    }
                    work.add(t.date);
                }
            }
        }
        if (unreadable) {
            return null;
        }
        if (off.isEmpty()) {
            problems.add(new NoticeException.Problem(item.line, "“" + item.name + "”一行没有放假日期（应有“……放假”）"));
            return null;
        }
        return new CalendarYear.Holiday(item.name, off, work);
    }

    /** The dates written in {@code part}, each checked against the weekday written beside it. */
    private static List<Token> tokens(String part, Item item, int year, List<NoticeException.Problem> problems) {
        List<Token> out = new ArrayList<>();
        Matcher m = DATE.matcher(part);
        Integer y = null;
        Integer month = null;
        boolean ok = true;
        while (m.find()) {
            boolean explicitYear = m.group(1) != null;
            if (explicitYear) {
                y = Integer.parseInt(m.group(1));
            }
            if (m.group(2) != null) {
                month = Integer.parseInt(m.group(2));
            }
            if (month == null) {
                problems.add(new NoticeException.Problem(item.line, "日期“" + m.group() + "”缺少月份"));
                ok = false;
                continue;
            }
            int dayYear = y != null ? y : year;
            if (y == null && month == 12 && item.name.contains("元旦")) {
                dayYear = year - 1; // 元旦 break starting in the December before
            }
            LocalDate d;
            try {
                d = LocalDate.of(dayYear, month, Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                problems.add(new NoticeException.Problem(item.line, "“" + m.group() + "”不是有效日期"));
                ok = false;
                continue;
            }
            if (!out.isEmpty() && !explicitYear && d.isBefore(out.get(out.size() - 1).date) && m.group(2) != null) {
                d = d.plusYears(1); // "12月31日至1月2日": the range wraps into the next year
            }
            if (m.group(4) != null) {
                Matcher w = WEEKDAY.matcher(m.group(4));
                if (w.find()) {
                    DayOfWeek said = DayOfWeek.of("一二三四五六日".indexOf(w.group(1).replace("天", "日")) + 1);
                    if (said != d.getDayOfWeek()) {
                        problems.add(new NoticeException.Problem(item.line, "“" + m.group() + "”标注为" + weekday(said)
                                + "，但" + d + "是" + weekday(d.getDayOfWeek())));
                    }
                }
            }
            out.add(new Token(d));
        }
        return ok ? out : null;
    }

    private static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('(', '（').replace(')', '）').replace(':', '：').replace(',', '，');
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            b.append(line.replace("\u3000", " ").replace("\u00a0", " ").strip().replaceAll("\\s+", "")).append('\n');
        }
        return b.toString();
    }

    private static int firstOf(String s, String... words) {
        int at = -1;
        for (String w : words) {
            int i = s.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    private static int numeral(String n) {
        if (n.length() == 1) {
            return NUMERALS.indexOf(n) + 1;
        }
        if (n.startsWith("十")) {
            return 10 + NUMERALS.indexOf(n.charAt(1)) + 1;
        }
        return -1;
    }

    private static String chinese(int n) {
        return n <= 10 ? String.valueOf(NUMERALS.charAt(n - 1)) : "十" + NUMERALS.charAt(n - 11);
    }

    private static String weekday(DayOfWeek d) {
        return "星期" + "一二三四五六日".charAt(d.getValue() - 1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private record Item(int line, String numeral, String name, String body) {
    }

    private record Token(LocalDate date) {
    }
}
