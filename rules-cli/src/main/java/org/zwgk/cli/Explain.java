package org.zwgk.cli;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says the loader's most common problems in Chinese for a policy editor, the original message after it in
 * parentheses; a message it does not know is printed as it is.
 */
final class Explain {

    private record Known(Pattern pattern, Function<Matcher, String> chinese) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("^Parser returned a null Package$"),
                    m -> "文件无法解析，错误位置见同一文件的其他错误"),
            new Known(Pattern.compile("^\\[ERR 10\\d\\] Line \\d+:\\d+ (?:mismatched|extraneous|missing) input '(.*?)'.*? in rule \"(.*?)\""),
                    m -> "语法错误：规则“" + m.group(2) + "”中此处不应出现“" + m.group(1) + "”，请检查此前是否漏了或多了括号、引号、逗号"),
            new Known(Pattern.compile("^\\[ERR \\d+\\]"),
                    m -> "DRL语法错误，请检查该行及其前一行"),
            new Known(Pattern.compile("^package (\\S+) does not match the folder (\\S+)"),
                    m -> "package 与所在文件夹不一致：文件夹 " + m.group(2) + " 应写 package " + m.group(2).replace('/', '.') + ";"),
            new Known(Pattern.compile("id (\\S+) is not a checked duty of (\\S+)'s source.yaml"),
                    m -> "编号 " + m.group(1) + " 不是本文件夹 source.yaml（" + m.group(2) + "）中 kind: rule 的义务：先在 duties: 中登记"),
            new Known(Pattern.compile("@(\\w+) is stated once in (\\S+)'s source.yaml, not in the rule; remove it"),
                    m -> "@" + m.group(1) + " 只在 source.yaml 中写一次，规则中不要再写：请删去"),
            new Known(Pattern.compile("reaches the system.*which rules may not do"),
                    m -> "规则不得调用系统功能，只能判断事实"),
            new Known(Pattern.compile("^literal (\\S+) where source (\\S+) has parameter '([^']+)'"),
                    m -> "规则中直接写了数字 " + m.group(1) + "，而来源 " + m.group(2) + " 有同值的参数“" + m.group(3) + "”：请改为读取参数"));

    private Explain() {
    }

    /** The message in Chinese with the original after it, or the original if it is not a known one. */
    static String zh(String message) {
        if (message == null) {
            return "";
        }
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(message);
            if (m.find()) {
                return k.chinese().apply(m) + "（" + message + "）";
            }
        }
        return message;
    }
}
