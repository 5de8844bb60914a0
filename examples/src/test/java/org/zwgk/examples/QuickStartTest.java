package org.zwgk.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's example prints what the README says it prints. */
class QuickStartTest {

    @Test
    void printsTheLateAnswerItsDueDateAndTheFee() {
        PrintStream before = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(before);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("OGI-33 request:R-001 VIOLATION 2024-03-08 于2024-03-11答复，晚于答复期限2024-03-08，逾期1个工作日"), out);
        assertTrue(out.contains("due 2024-03-08, working days left -1"), out);
        assertTrue(out.contains("fee for 150 pages: 1700"), out);
        assertTrue(out.contains("OGI-33 《中华人民共和国政府信息公开条例》"), out);
    }
}
