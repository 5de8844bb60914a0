package org.zwgk.rules.cases;

/**
 * A cases file ({@code *.cases.yaml}) that cannot be read: its path in the rule directory, the line, and what is wrong
 * in words a policy editor can act on. The message reads {@code national/ogi/requests.cases.yaml 第10行：未知的清单“task”，
 * 是否应为“tasks”？（unknown list 'task' at line 10 — did you mean 'tasks'?）}.
 */
public final class CasesFileException extends IllegalArgumentException {
    private final String file;
    private final int line;

    public CasesFileException(String file, int line, String message) {
        super(file + " " + message);
        this.file = file;
        this.line = line;
    }

    /** The file, relative to the rule directory. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 if not known. */
    public int line() {
        return line;
    }
}
