package org.needlesafe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API packages show no Drools type in any public or protected signature, so an embedder never compiles against
 * Drools and Drools can change behind the engine class. ({@code org.needlesafe.rules} is the rule pack's fact model,
 * used by the DRL, and not part of the API.)
 */
class PublicApiTest {
    private static final Set<String> API_PACKAGES = Set.of("org.needlesafe", "org.needlesafe.audit",
            "org.needlesafe.clearance", "org.needlesafe.configuration", "org.needlesafe.jurisdiction",
            "org.needlesafe.patient", "org.needlesafe.plan", "org.needlesafe.practitioner", "org.needlesafe.setup");

    @Test
    void noDroolsTypeInAnyPublicSignatureOfTheApiPackages() throws Exception {
        List<Class<?>> types = apiTypes();
        assertThat(types).hasSizeGreaterThan(40).contains(SafetyAdvisor.class, Assessment.class);
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            check(type.getName(), type.getGenericSuperclass(), leaks);
            for (Type implemented : type.getGenericInterfaces()) {
                check(type.getName(), implemented, leaks);
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers())) {
                    check(method.toGenericString(), method.getGenericReturnType(), leaks);
                    Arrays.stream(method.getGenericParameterTypes()).forEach(p -> check(method.toString(), p, leaks));
                    Arrays.stream(method.getGenericExceptionTypes()).forEach(p -> check(method.toString(), p, leaks));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers())) {
                    Arrays.stream(constructor.getGenericParameterTypes())
                            .forEach(p -> check(constructor.toString(), p, leaks));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers())) {
                    check(field.toString(), field.getGenericType(), leaks);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(String where, Type type, List<String> leaks) {
        if (type == null) {
            return;
        }
        String name = type.getTypeName();
        if (name.contains("org.drools.") || name.contains("org.kie.")) {
            leaks.add(where + ": " + name);
        }
    }

    /** The public classes of the API packages, from the compiled classes of this module. */
    private static List<Class<?>> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SafetyAdvisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                String packageName = name.substring(0, name.lastIndexOf('.'));
                if (API_PACKAGES.contains(packageName)) {
                    Class<?> type = Class.forName(name, false, SafetyAdvisor.class.getClassLoader());
                    if (Modifier.isPublic(type.getModifiers())) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }
}
