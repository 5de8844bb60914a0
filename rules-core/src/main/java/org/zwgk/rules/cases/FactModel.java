package org.zwgk.rules.cases;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import org.zwgk.rules.Source;
import org.zwgk.rules.facts.FactSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of what a policy editor writes, as Jackson reads it: every property the reader accepts for a fact set
 * ({@code facts:} of a case, a fact file, the API's {@code facts}) and for a {@code source.yaml}, with its type and
 * its Chinese meaning. The names come from Jackson's own deserializers, so they are exactly the names accepted; the
 * meanings come from {@code org/zwgk/rules/facts/meanings.yaml}, keyed by class and property.
 */
public final class FactModel {

    /** The key of a class's (or an enum's) own meaning in {@code meanings.yaml}. */
    static final String SELF = "_";
    private static final String MEANINGS = "org/zwgk/rules/facts/meanings.yaml";

    static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * One property.
     *
     * @param name    the name written in YAML or JSON
     * @param type    the property's declared type
     * @param element the class of one element for a list, else the property's class
     * @param list    whether the property is a list
     * @param meaning its Chinese meaning, or {@code null} if none is written
     */
    public record Property(String name, JavaType type, Class<?> element, boolean list, String meaning) {
        /** A fact class or record whose properties are listed on their own. */
        public boolean nested() {
            return isShape(element);
        }

        public boolean isEnum() {
            return element.isEnum();
        }
    }

    /**
     * A class (or record) with properties.
     *
     * @param type       the class
     * @param meaning    its Chinese meaning, or {@code null}
     * @param properties its properties, in declaration order
     */
    public record Shape(Class<?> type, String meaning, List<Property> properties) {
        public String name() {
            return type.getSimpleName();
        }

        /** The property of that name, or {@code null}. */
        public Property property(String name) {
            return properties.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * An enum and its values.
     *
     * @param type    the enum
     * @param meaning its Chinese meaning, or {@code null}
     * @param values  each value's name (as written) and its meaning ({@code null} if none)
     */
    public record EnumShape(Class<?> type, String meaning, Map<String, String> values) {
        public String name() {
            return type.getSimpleName();
        }
    }

    private final Map<String, Map<String, String>> meanings;
    private final Map<Class<?>, Shape> shapes = new LinkedHashMap<>();
    private final Map<Class<?>, EnumShape> enums = new LinkedHashMap<>();

    private FactModel(Map<String, Map<String, String>> meanings, List<Class<?>> roots) {
        this.meanings = meanings;
        roots.forEach(this::visit);
    }

    private static FactModel facts;
    private static FactModel sources;

    /** The fact set and every class and enum it reaches. */
    public static synchronized FactModel facts() {
        if (facts == null) {
            facts = new FactModel(readMeanings(), List.of(FactSet.class));
        }
        return facts;
    }

    /** A {@code source.yaml} and every record it reaches. */
    public static synchronized FactModel sources() {
        if (sources == null) {
            sources = new FactModel(readMeanings(), List.of(Source.class));
        }
        return sources;
    }

    /** The classes with properties, the root first. */
    public List<Shape> shapes() {
        return List.copyOf(shapes.values());
    }

    /** The enums, in the order first reached. */
    public List<EnumShape> enums() {
        return List.copyOf(enums.values());
    }

    /** The shape of a class, or {@code null} if the model does not reach it. */
    public Shape shape(Class<?> type) {
        return shapes.get(type);
    }

    /** The enum of that class, or {@code null}. */
    public EnumShape enumShape(Class<?> type) {
        return enums.get(type);
    }

    /** The meanings file as read: class → (property or value, or {@code _} for the class itself) → meaning. */
    Map<String, Map<String, String>> meanings() {
        return meanings;
    }

    /**
     * What the meanings file lacks or has too much of, one line each: a class, property, enum or value without
     * a meaning, and a key naming nothing the model reaches. Empty when every name has its meaning.
     */
    public List<String> meaningProblems() {
        List<String> out = new ArrayList<>();
        Map<String, Set<String>> known = new HashMap<>();
        for (Shape s : shapes.values()) {
            Set<String> keys = known.computeIfAbsent(s.name(), k -> new LinkedHashSet<>());
            keys.add(SELF);
            if (s.meaning() == null) out.add(s.name() + "：缺少类的含义（" + s.name() + "." + SELF + "）");
            for (Property p : s.properties()) {
                keys.add(p.name());
                if (p.meaning() == null) out.add(s.name() + "." + p.name() + "：缺少含义");
            }
        }
        for (EnumShape e : enums.values()) {
            Set<String> keys = known.computeIfAbsent(e.name(), k -> new LinkedHashSet<>());
            keys.add(SELF);
            if (e.meaning() == null) out.add(e.name() + "：缺少枚举的含义（" + e.name() + "." + SELF + "）");
            e.values().forEach((v, m) -> {
                keys.add(v);
                if (m == null) out.add(e.name() + "." + v + "：缺少取值的含义");
            });
        }
        return out.stream().toList();
    }

    /** Keys of the meanings file that name nothing in either model (a removed field, a misspelt name). */
    public static List<String> staleMeanings() {
        Map<String, Set<String>> known = new HashMap<>();
        for (FactModel m : List.of(facts(), sources())) {
            m.shapes.values().forEach(s -> {
                Set<String> k = known.computeIfAbsent(s.name(), x -> new LinkedHashSet<>());
                k.add(SELF);
                s.properties().forEach(p -> k.add(p.name()));
            });
            m.enums.values().forEach(e -> {
                Set<String> k = known.computeIfAbsent(e.name(), x -> new LinkedHashSet<>());
                k.add(SELF);
                k.addAll(e.values().keySet());
            });
        }
        List<String> out = new ArrayList<>();
        facts().meanings.forEach((cls, props) -> {
            Set<String> k = known.get(cls);
            if (k == null) {
                out.add(cls + "：meanings.yaml中的类在事实模型中不存在");
                return;
            }
            props.keySet().stream().filter(p -> !k.contains(p)).forEach(p -> out.add(cls + "." + p + "：meanings.yaml中的名称在事实模型中不存在"));
        });
        return out;
    }

    private void visit(Class<?> type) {
        if (type.isEnum()) {
            if (!enums.containsKey(type)) {
                Map<String, String> m = meanings.getOrDefault(type.getSimpleName(), Map.of());
                Map<String, String> values = new LinkedHashMap<>();
                for (Object c : type.getEnumConstants()) {
                    String v = ((Enum<?>) c).name();
                    values.put(v, m.get(v));
                }
                enums.put(type, new EnumShape(type, m.get(SELF), values));
            }
            return;
        }
        if (!isShape(type) || shapes.containsKey(type)) {
            return;
        }
        shapes.put(type, null); // reserve: a class that reaches itself stops here
        Map<String, String> m = meanings.getOrDefault(type.getSimpleName(), Map.of());
        List<Property> props = new ArrayList<>();
        for (Map.Entry<String, JavaType> e : acceptedProperties(type).entrySet()) {
            JavaType t = e.getValue();
            boolean list = t.isCollectionLikeType() || t.isArrayType();
            Class<?> element = list ? t.getContentType().getRawClass()
                    : t.isMapLikeType() ? t.getContentType().getRawClass() : t.getRawClass();
            props.add(new Property(e.getKey(), t, element, list, m.get(e.getKey())));
        }
        shapes.put(type, new Shape(type, m.get(SELF), List.copyOf(props)));
        for (Property p : props) {
            if (p.type().isMapLikeType()) {
                visit(p.type().getKeyType().getRawClass());
            }
            visit(p.element());
        }
    }

    /** Whether the model lists a class's properties: the project's own classes and records, not JDK types. */
    static boolean isShape(Class<?> c) {
        return !c.isEnum() && !c.isPrimitive() && c.getPackageName().startsWith("org.zwgk.");
    }

    /**
     * The properties Jackson's deserializer for {@code type} accepts, in the order the class declares them, with
     * their declared types.
     */
    static Map<String, JavaType> acceptedProperties(Class<?> type) {
        DeserializationConfig config = MAPPER.getDeserializationConfig();
        JavaType jt = TypeFactory.defaultInstance().constructType(type);
        Set<String> accepted = new LinkedHashSet<>();
        Map<String, JavaType> types = new HashMap<>();
        try {
            DefaultDeserializationContext ctxt = ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
                    .createInstance(config, null, MAPPER.getInjectableValues());
            JsonDeserializer<Object> d = ctxt.findRootValueDeserializer(jt);
            if (d instanceof BeanDeserializerBase b) {
                b.properties().forEachRemaining((SettableBeanProperty p) -> {
                    accepted.add(p.getName());
                    types.put(p.getName(), p.getType());
                });
                if (b.getValueInstantiator() != null && b.getValueInstantiator().canCreateFromObjectWith()) {
                    for (SettableBeanProperty p : b.getValueInstantiator().getFromObjectArguments(config)) {
                        accepted.add(p.getName());
                        types.put(p.getName(), p.getType());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BeanDescription desc = config.introspect(jt);
        Map<String, JavaType> out = new LinkedHashMap<>();
        for (BeanPropertyDefinition def : desc.findProperties()) {
            if (accepted.contains(def.getName())) {
                out.put(def.getName(), types.get(def.getName()));
            }
        }
        accepted.stream().filter(n -> !out.containsKey(n)).forEach(n -> out.put(n, types.get(n)));
        return out;
    }

    private static Map<String, Map<String, String>> readMeanings() {
        ClassLoader cl = FactModel.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(MEANINGS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MEANINGS);
            }
            LinkedHashMap<String, Map<String, String>> m = MAPPER.readValue(in, new TypeReference<LinkedHashMap<String, Map<String, String>>>() {
            });
            return m == null ? Map.of() : m;
        } catch (IOException e) {
            throw new UncheckedIOException(MEANINGS + ": " + e.getMessage(), e);
        }
    }

    /** A readable name for a property's type, in Chinese: 文本, 日期, 整数, 是/否, 数, a list of …, or a class's name. */
    public static String typeName(Property p) {
        return typeName(p.type());
    }

    static String typeName(JavaType t) {
        if (t.isCollectionLikeType() || t.isArrayType()) {
            return "列表，每项为" + typeName(t.getContentType());
        }
        if (t.isMapLikeType()) {
            return "映射（键为" + typeName(t.getKeyType()) + " → 值为" + typeName(t.getContentType()) + "）";
        }
        return typeName(t.getRawClass());
    }

    static String typeName(Class<?> c) {
        if (c == String.class) return "文本";
        if (c == LocalDate.class) return "日期（YYYY-MM-DD）";
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) return "整数";
        if (c == Boolean.class || c == boolean.class) return "是/否（true/false）";
        if (c == BigDecimal.class || c == Double.class || c == double.class) return "数";
        if (c == Object.class) return "任意值";
        return c.getSimpleName();
    }
}
