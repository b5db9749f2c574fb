package org.needlesafe.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the rule tests afresh for each mutant (their static advisors are built again, from the mutant), and everything
 * else from the parent: the library, Drools and JUnit are loaded once for the whole run.
 */
final class FreshTestClasses extends ClassLoader {
    private static final String TESTS = "org.needlesafe.rules.";
    private final Path testClasses;

    FreshTestClasses(Path testClasses, ClassLoader parent) {
        super(parent);
        this.testClasses = testClasses;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null && name.startsWith(TESTS)) {
                Path file = testClasses.resolve(name.replace('.', '/') + ".class");
                if (Files.exists(file)) {
                    try {
                        byte[] bytes = Files.readAllBytes(file);
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            if (loaded == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
