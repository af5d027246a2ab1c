package dev.kairos.loaders;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the loader needs from a class file without loading it: its name, its superclass, the classes
 * it refers to (from its constant pool: class entries, descriptors and signatures), and whether it
 * mentions {@code @Task} or {@code @Parameter}. Constants inlined by the compiler leave no trace, so
 * a change of a {@code static final} constant alone is not seen as a dependency.
 *
 * @param name  binary name, e.g. {@code com.example.Jobs$Inner}
 * @param superName binary name of the superclass, or null for {@code java.lang.Object}'s
 * @param refs  binary names of the classes referred to
 * @param marked whether the class mentions the {@code @Task} or {@code @Parameter} annotation
 */
record ClassInfo(String name, String superName, Set<String> refs, boolean marked) {
    private static final Pattern DESCRIPTOR = Pattern.compile("L([^;<>\\[]+)[;<]");
    private static final Set<String> MARKERS = Set.of("Ldev/kairos/task/Task;", "Ldev/kairos/param/Parameter;");

    /** @throws IllegalArgumentException if the bytes are not a class file */
    static ClassInfo read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> classIndexes = new ArrayList<>();
            int[] classNameIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> {
                        classNameIndex[i] = in.readUnsignedShort();
                        classIndexes.add(i);
                    }
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            in.readUnsignedShort(); // access flags
            String name = utf8[classNameIndex[in.readUnsignedShort()]];
            int superIndex = in.readUnsignedShort();
            String superName = superIndex == 0 ? null : utf8[classNameIndex[superIndex]];
            Set<String> refs = new HashSet<>();
            boolean marked = false;
            for (int i : classIndexes) {
                String n = utf8[classNameIndex[i]];
                if (n != null && !n.startsWith("[")) {
                    refs.add(binary(n));
                }
            }
            for (String s : utf8) {
                if (s != null && s.indexOf('L') >= 0 && s.indexOf(';') > 0) {
                    marked |= MARKERS.contains(s);
                    Matcher m = DESCRIPTOR.matcher(s);
                    while (m.find()) {
                        refs.add(binary(m.group(1)));
                    }
                }
            }
            return new ClassInfo(binary(name), superName == null || superName.equals("java/lang/Object") ? null
                    : binary(superName), Set.copyOf(refs), marked);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable class file: " + e, e);
        }
    }

    private static String binary(String internal) {
        return internal.replace('/', '.');
    }
}
