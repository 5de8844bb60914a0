package org.zwgk.rules.cases;

import org.zwgk.rules.cases.FactModel.EnumShape;
import org.zwgk.rules.cases.FactModel.Property;
import org.zwgk.rules.cases.FactModel.Shape;

import java.util.List;

/**
 * The reference a policy editor reads to write facts and a {@code source.yaml}: every list, field, type and value with
 * its Chinese meaning, in Markdown, generated from {@link FactModel}. {@code docs/facts.md} is this text, and
 * {@code bin/rules facts} prints it.
 */
public final class FactReference {

    private FactReference() {
    }

    /** The whole reference, as {@code docs/facts.md} holds it. */
    public static String markdown() {
        FactModel facts = FactModel.facts();
        FactModel sources = FactModel.sources();
        StringBuilder sb = new StringBuilder();
        sb.append("# 事实与来源文件参考\n\n");
        sb.append("<!-- 本文件由程序生成，请勿手改。 -->\n");
        sb.append("> 本文件由程序生成：`bin/rules facts` 打印同样的内容。生成器是 rules-core 的 `org.zwgk.rules.cases.FactReference`：\n"
                + "> 字段名取自 Jackson 读取事实时实际接受的名称（`org.zwgk.rules.facts` 各类），中文含义取自\n"
                + "> `rules-core/src/main/resources/org/zwgk/rules/facts/meanings.yaml`。请勿手改；改了代码或含义后重新生成：\n"
                + "> `bin/rules facts > docs/facts.md`，或\n"
                + "> `./mvnw -pl rules-core,rules-cli -am test -Dtest=FactsCommandTest -Dsurefire.failIfNoSpecifiedTests=false -Dfacts.update=true`。\n"
                + "> 本文件与生成结果不一致时，rules-cli 的 `FactsCommandTest` 失败。\n\n");
        sb.append("目录：[一、事实](#facts) · [二、来源文件 source.yaml](#source-yaml)\n\n");

        sb.append("<a id=\"facts\"></a>\n## 一、事实\n\n");
        sb.append("案例文件（`*.cases.yaml`）的 `facts:`、`bin/rules evaluate` 读取的事实文件和服务接口的 `facts` 都是同一形状：\n"
                + "下列清单，每个清单是一组同类事实。字段名区分大小写；取值（大写的英文词）不区分大小写；日期写作 `YYYY-MM-DD`；\n"
                + "不知道的字段不写（规则需要而缺少时报告 INCOMPLETE，不会猜）。清单写成 `[]` 表示“没有”，不写表示“未告知”。\n\n");
        Shape root = facts.shapes().get(0);
        sb.append("### 清单\n\n| 清单 | 含义 | 每项的字段见 |\n|---|---|---|\n");
        for (Property p : root.properties()) {
            sb.append("| `").append(p.name()).append("` | ").append(cell(p.meaning())).append(" | ").append(link(p.element().getSimpleName()))
                    .append(" |\n");
        }
        sb.append('\n');
        facts.shapes().stream().skip(1).forEach(s -> shape(sb, s, "###"));
        sb.append("### 取值\n\n字段类型为下列名称之一时，只能写其中一个取值（列表则写其中若干个）。\n\n");
        facts.enums().forEach(e -> enumShape(sb, e, "####"));

        sb.append("<a id=\"source-yaml\"></a>\n## 二、来源文件 source.yaml\n\n");
        sb.append("每个规则文件夹有一个 `source.yaml`，写明来源文件、适用地区和期间、参数和义务目录；同一文件夹的规则只写 `@id` 和 `@clause`，\n"
                + "来源、地区、期间都从这里取得。读取方式与事实相同（字段名区分大小写，取值不区分大小写，例如 `kind: guidance`）。\n\n");
        sources.shapes().forEach(s -> shape(sb, s, "###"));
        sb.append("### 取值\n\n");
        sources.enums().forEach(e -> enumShape(sb, e, "####"));
        return sb.toString();
    }

    private static void shape(StringBuilder sb, Shape s, String level) {
        sb.append("<a id=\"").append(anchor(s.name())).append("\"></a>\n");
        sb.append(level).append(' ').append(s.name()).append("：").append(title(s.meaning())).append("\n\n");
        if (s.meaning() != null && !title(s.meaning()).equals(s.meaning())) {
            sb.append(s.meaning()).append("\n\n");
        }
        sb.append("| 字段 | 类型 | 含义 |\n|---|---|---|\n");
        for (Property p : s.properties()) {
            sb.append("| `").append(p.name()).append("` | ").append(type(p)).append(" | ").append(cell(p.meaning())).append(" |\n");
        }
        sb.append('\n');
    }

    private static void enumShape(StringBuilder sb, EnumShape e, String level) {
        sb.append("<a id=\"").append(anchor(e.name())).append("\"></a>\n");
        sb.append(level).append(' ').append(e.name()).append("：").append(cell(e.meaning())).append("\n\n");
        sb.append("| 取值 | 含义 |\n|---|---|\n");
        e.values().forEach((v, m) -> sb.append("| `").append(v).append("` | ").append(cell(m)).append(" |\n"));
        sb.append('\n');
    }

    /** The type with links to the classes and enums it names. */
    private static String type(Property p) {
        String t = FactModel.typeName(p);
        for (String name : List.of(p.element().getSimpleName(),
                p.type().isMapLikeType() ? p.type().getKeyType().getRawClass().getSimpleName() : "")) {
            if (!name.isEmpty() && (FactModel.isShape(classOf(p, name)) || classOf(p, name).isEnum())) {
                t = t.replace(name, link(name) + (classOf(p, name).isEnum() ? "的取值" : ""));
            }
        }
        return cell(t);
    }

    private static Class<?> classOf(Property p, String simpleName) {
        return p.element().getSimpleName().equals(simpleName) ? p.element() : p.type().getKeyType().getRawClass();
    }

    private static String link(String name) {
        return "[" + name + "](#" + anchor(name) + ")";
    }

    private static String anchor(String name) {
        return name.toLowerCase();
    }

    /** The first clause of a meaning, for a heading. */
    private static String title(String meaning) {
        if (meaning == null) {
            return "（缺少含义）";
        }
        int cut = meaning.length();
        for (String stop : List.of("，", "；", "：", "（")) {
            int i = meaning.indexOf(stop);
            if (i > 0 && i < cut) cut = i;
        }
        return meaning.substring(0, cut);
    }

    private static String cell(String s) {
        return s == null ? "（缺少含义）" : s.replace("|", "\\|").replace("\n", " ");
    }
}
